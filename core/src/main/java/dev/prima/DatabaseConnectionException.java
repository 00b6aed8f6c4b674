package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The engine's database cannot be reached or refuses the connection. The message is one line: the
 * JDBC URL (any password masked), the user, the cause and how to fix it. It never holds the
 * password.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class DatabaseConnectionException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The JDBC URL, any password masked. */
  private final String jdbcUrl;

  /** The driver's SQL state, or {@code null}. */
  private final String sqlState;

  /**
   * Creates the exception; the message must hold no password.
   *
   * @param message one line: URL, user, cause and fix
   * @param jdbcUrl the JDBC URL, any password masked
   * @param sqlState the driver's SQL state, or {@code null}
   * @param cause the driver's exception
   */
  public DatabaseConnectionException(
      String message, String jdbcUrl, String sqlState, Throwable cause) {
    super(message, cause);
    this.jdbcUrl = jdbcUrl;
    this.sqlState = sqlState;
  }

  /** {@return the JDBC URL that failed, with any password in it masked} */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** {@return the SQL state the driver reported, or {@code null} when there was none} */
  public String sqlState() {
    return sqlState;
  }
}
