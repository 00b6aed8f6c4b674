package dev.prima.system;

/** How serious a validation finding is: errors block a deployment, warnings are logged. */
public enum Severity {
  /** The model is rejected: nothing of the deployment is deployed. */
  ERROR,
  /** The model is deployed, and the finding is logged. */
  WARNING
}
