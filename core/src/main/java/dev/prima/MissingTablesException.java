package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Prima's tables are missing from the engine's database, or older than this Prima needs, and the
 * engine starts with {@link SchemaUpdate#VALIDATE}, which changes no table. The message says how to
 * create or upgrade them; {@link #schemaVersion()} and {@link #requiredVersion()} say how far they
 * are behind, for a caller that answers in words of its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class MissingTablesException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The newest version applied; 0 when there are no tables. */
  private final int schemaVersion;

  /** The version this Prima needs. */
  private final int requiredVersion;

  /**
   * Creates the exception.
   *
   * @param message what is missing and how to fix it
   * @param schemaVersion the newest version of Prima's tables applied; 0 when there are none
   * @param requiredVersion the version this Prima needs
   * @param cause the failure that found it, or {@code null}
   */
  public MissingTablesException(
      String message, int schemaVersion, int requiredVersion, Throwable cause) {
    super(message, cause);
    this.schemaVersion = schemaVersion;
    this.requiredVersion = requiredVersion;
  }

  /** {@return the newest version of Prima's tables applied in the database; 0 when none} */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** {@return the version of Prima's tables this Prima needs} */
  public int requiredVersion() {
    return requiredVersion;
  }
}
