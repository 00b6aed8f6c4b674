package dev.prima.examples;

import dev.prima.DatabaseConnectionException;
import dev.prima.History;
import dev.prima.MissingTablesException;
import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.SchemaUpdate;
import dev.prima.internal.JdbcProbe;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Opens the database a reading command (report, export) is pointed at: an existing one only, its
 * tables as they are, at the history level it was created with. Nothing is created or changed: a
 * mistyped H2 path is not a new database, an empty PostgreSQL database gets no tables.
 */
final class ReadOnlyDatabase {

  /** The --user help of report and export, which share the defaults of {@link #user}. */
  static final String USER_HELP =
      "Database user (default: sa for an H2 URL, H2's own user; for any other URL none, so the"
          + " driver decides: a user=... parameter in the URL, or the driver's default).";

  private ReadOnlyDatabase() {}

  /**
   * The engine on the database of {@code jdbcUrl}, read-only.
   *
   * @throws CommandFailure when no driver takes the URL
   * @throws PrimaException when the database cannot be opened: see {@link #failure}
   */
  static Prima open(String jdbcUrl, String user, String password) {
    try {
      DriverManager.getDriver(jdbcUrl);
    } catch (SQLException e) {
      throw new CommandFailure(CliText.of("db.noDriver", JdbcProbe.maskUrl(jdbcUrl)), e);
    }
    return Prima.builder()
        .jdbc(existingOnly(jdbcUrl), user(jdbcUrl, user), password)
        .schemaUpdate(SchemaUpdate.VALIDATE)
        .history(History.AUTO)
        .build();
  }

  /**
   * The user given, else {@code sa} for H2 (which the demo's database was created with) and none
   * for other databases: PostgreSQL has no {@code sa}, and its driver takes the URL's user.
   */
  static String user(String jdbcUrl, String user) {
    if (user != null) {
      return user;
    }
    return jdbcUrl.startsWith("jdbc:h2:") ? "sa" : null;
  }

  /** H2 creates a database at any path it is given, unless told that it must exist. */
  static String existingOnly(String jdbcUrl) {
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    return h2 && !jdbcUrl.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")
        ? jdbcUrl + ";IFEXISTS=TRUE"
        : jdbcUrl;
  }

  /**
   * Checks that a process of key {@code service} is deployed.
   *
   * @throws CommandFailure naming the service and the services the database has
   */
  static void checkService(Prima prima, String service) {
    var definitions = prima.processEngine().getRepositoryService().createProcessDefinitionQuery();
    if (definitions.processDefinitionKey(service).count() > 0) {
      return;
    }
    List<String> services =
        prima
            .processEngine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .latestVersion()
            .list()
            .stream()
            .map(definition -> definition.getKey())
            .distinct()
            .sorted()
            .toList();
    throw new CommandFailure(
        services.isEmpty()
            ? CliText.of("db.noProcesses", service)
            : CliText.of("db.unknownService", service, String.join(", ", services)));
  }

  /**
   * What the CLI says when the library could not open or read the database: a connection refused
   * (by its SQL state: the fix differs), Prima's tables missing, else the library's own words.
   */
  static CommandFailure failure(String jdbcUrl, String user, String password, PrimaException e) {
    String url = JdbcProbe.maskUrl(jdbcUrl);
    if (e instanceof DatabaseConnectionException connection) {
      String state = connection.sqlState();
      String cause = driverReason(connection.getCause(), password);
      String as = user(jdbcUrl, user);
      return new CommandFailure(
          CliText.of(
              "db.cannotConnect",
              url,
              as == null ? "" : CliText.of("db.asUser", as),
              cause,
              state == null ? "" : " [SQLState " + state + "]",
              CliText.of(connectionFix(state))),
          e);
    }
    if (e instanceof MissingTablesException) {
      return new CommandFailure(CliText.of("db.noPrimaTables", url), e);
    }
    return new CommandFailure(CliText.of("failure.library", e.getMessage()), e);
  }

  /** The first line of the driver's reason, any password in it masked. */
  private static String driverReason(Throwable cause, String password) {
    String text = cause == null ? null : cause.getMessage();
    if (text == null || text.isBlank()) {
      return "-";
    }
    int newline = text.indexOf('\n');
    String line = (newline < 0 ? text : text.substring(0, newline)).trim();
    return password != null && password.length() >= 3 ? line.replace(password, "***") : line;
  }

  /** The key of the fix for a connection refused with {@code state} (as core's JdbcProbe). */
  private static String connectionFix(String state) {
    if (state == null) {
      return "db.fix.other";
    }
    if (state.startsWith("28")) {
      return "db.fix.credentials";
    }
    if (state.equals("90146") || state.equals("90013")) {
      return "db.fix.noH2File";
    }
    if (state.equals("3D000")) {
      return "db.fix.noDatabase";
    }
    if (state.equals("90020")) {
      return "db.fix.inUse";
    }
    if (state.startsWith("08")) {
      return "db.fix.unreachable";
    }
    return "db.fix.other";
  }
}
