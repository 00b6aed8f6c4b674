package dev.prima.system;

/** How serious a validation finding is: errors block a deployment, warnings are logged. */
public enum Severity {
  ERROR,
  WARNING
}
