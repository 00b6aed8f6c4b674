package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How serious a validation finding is: errors block a deployment, warnings are logged. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Severity {
  /** The model is rejected: nothing of the deployment is deployed. */
  ERROR,
  /** The model is deployed, and the finding is logged. */
  WARNING
}
