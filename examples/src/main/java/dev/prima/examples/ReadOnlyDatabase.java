package dev.prima.examples;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
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

  static Prima open(String jdbcUrl, String user, String password) {
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
        "--service "
            + service
            + ": no process of that key is deployed in the database of --jdbc"
            + (services.isEmpty()
                ? " (it has no process at all). Fix: point --jdbc at the database the service"
                    + " runs on."
                : ". Fix: use one of " + String.join(", ", services) + "."));
  }
}
