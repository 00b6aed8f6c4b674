package dev.prima.examples;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import java.util.Locale;

/**
 * Opens the database a reading command (report, export) is pointed at: an existing one only, its
 * tables as they are, at the history level it was created with. Nothing is created or changed: a
 * mistyped H2 path is not a new database, an empty PostgreSQL database gets no tables.
 */
final class ReadOnlyDatabase {

  private ReadOnlyDatabase() {}

  static Prima open(String jdbcUrl, String user, String password) {
    return Prima.builder()
        .jdbc(existingOnly(jdbcUrl), user, password)
        .schemaUpdate(SchemaUpdate.VALIDATE)
        .history(History.AUTO)
        .build();
  }

  /** H2 creates a database at any path it is given, unless told that it must exist. */
  static String existingOnly(String jdbcUrl) {
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    return h2 && !jdbcUrl.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")
        ? jdbcUrl + ";IFEXISTS=TRUE"
        : jdbcUrl;
  }
}
