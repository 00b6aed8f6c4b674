package dev.prima.engine.internal;

import dev.prima.PrimaException;
import dev.prima.touchpoint.JournalStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, upgrades, validates and drops Prima's own tables with versioned scripts, on the same
 * switch as Camunda's {@code databaseSchemaUpdate}.
 */
final class PrimaSchema {

  private static final Logger LOG = LoggerFactory.getLogger(PrimaSchema.class);
  private static final String BASE = "dev/prima/db/";
  private static final long LOCK_KEY = 0x5052494d41L; // "PRIMA"

  record Migration(int version, String name) {}

  private final DataSource dataSource;
  private final String dialect;

  PrimaSchema(DataSource dataSource, String camundaDatabaseType) {
    this.dataSource = dataSource;
    this.dialect = "h2".equals(camundaDatabaseType) ? "h2" : "postgres";
    if (!Set.of("h2", "postgres").contains(camundaDatabaseType)) {
      LOG.warn(
          "Prima's journal scripts are tested on h2 and postgres; using the postgres scripts on {}",
          camundaDatabaseType);
    }
  }

  /**
   * Applies the schema mode Camunda uses ({@code true}, {@code false}, {@code create-drop}, ...).
   */
  void onEngineBuild(String camundaMode) {
    String mode = camundaMode == null ? "false" : camundaMode.toLowerCase(Locale.ROOT);
    switch (mode) {
      case "false" -> validate();
      // create-drop: fresh tables for this engine's life. A joined engine's owner closes the
      // engine without Prima, so tables left by an earlier run are dropped here, not kept
      case "drop-create", "create-drop" -> {
        drop();
        upgrade();
      }
      default -> upgrade();
    }
  }

  void upgrade() {
    List<Migration> migrations = migrations();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        lock(connection);
        ensureVersionTable(connection);
        Set<Integer> applied = appliedVersions(connection);
        for (Migration migration : migrations) {
          if (!applied.contains(migration.version())) {
            LOG.info(
                "Prima schema: applying V{} {} ({})",
                migration.version(),
                migration.name(),
                dialect);
            execute(connection, script(migration));
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "insert into PRIMA_SCHEMA_VERSION (VERSION_, DESCRIPTION_, INSTALLED_MS_)"
                        + " values (?, ?, ?)")) {
              insert.setInt(1, migration.version());
              insert.setString(2, migration.name());
              insert.setLong(3, System.currentTimeMillis());
              insert.executeUpdate();
            }
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PrimaException(
          "Cannot create or upgrade Prima's tables: "
              + e.getMessage()
              + ". Fix: the database user needs the right to create tables and indexes.",
          e);
    }
  }

  void validate() {
    int latest = migrations().get(migrations().size() - 1).version();
    try (Connection connection = dataSource.getConnection()) {
      Set<Integer> applied =
          tableExists(connection, "PRIMA_SCHEMA_VERSION") ? appliedVersions(connection) : Set.of();
      if (!applied.contains(latest)) {
        throw new PrimaException(
            "Prima's tables are missing or outdated (applied versions "
                + applied
                + ", needed up to "
                + latest
                + ") and schemaUpdate is VALIDATE. Fix: start once with schemaUpdate UPDATE, or"
                + " run the scripts under "
                + BASE
                + "common/ in Prima's jar.");
      }
    } catch (SQLException e) {
      throw new PrimaException("Cannot validate Prima's tables: " + e.getMessage(), e);
    }
  }

  /**
   * The journal's state now: applied version against the needed one, and whether the user may
   * insert into it (an insert of no rows: the database checks the privilege, nothing is written).
   */
  JournalStatus status() {
    int required = migrations().get(migrations().size() - 1).version();
    try (Connection connection = dataSource.getConnection()) {
      Set<Integer> applied =
          tableExists(connection, "PRIMA_SCHEMA_VERSION") ? appliedVersions(connection) : Set.of();
      int version = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
      if (version < required) {
        return new JournalStatus(
            version,
            required,
            false,
            "Prima's tables are at version "
                + version
                + ", this Prima needs "
                + required
                + ". Fix: start the engine once with schema update on (Camunda's"
                + " databaseSchemaUpdate true), or run the scripts under "
                + BASE
                + "common/.");
      }
      // inside a caller's transaction (Spring hands out its connection) a refused statement must
      // not spoil it: PostgreSQL aborts a transaction on any error, so the probe runs in a
      // savepoint that is rolled back; nothing is written either way
      Savepoint probe = connection.getAutoCommit() ? null : connection.setSavepoint();
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "insert into PRIMA_JOURNAL select * from PRIMA_JOURNAL where 1 = 0");
      } catch (SQLException refused) {
        return new JournalStatus(
            version,
            required,
            false,
            "The database user may not write PRIMA_JOURNAL: "
                + refused.getMessage()
                + ". Fix: grant it insert, update and delete on Prima's tables.");
      } finally {
        if (probe != null) {
          connection.rollback(probe);
        }
      }
      return new JournalStatus(version, required, true, "");
    } catch (SQLException e) {
      return new JournalStatus(
          0,
          required,
          false,
          "Cannot reach the journal's database: "
              + e.getMessage()
              + ". Fix: check that the database is up and reachable.");
    }
  }

  void drop() {
    try (Connection connection = dataSource.getConnection()) {
      execute(connection, script("drop.sql"));
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new PrimaException("Cannot drop Prima's tables: " + e.getMessage(), e);
    }
  }

  private void lock(Connection connection) throws SQLException {
    if ("postgres".equals(dialect)) {
      try (PreparedStatement statement =
          connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
        statement.setLong(1, LOCK_KEY);
        statement.execute();
      }
    }
  }

  private static void ensureVersionTable(Connection connection) throws SQLException {
    if (!tableExists(connection, "PRIMA_SCHEMA_VERSION")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "create table PRIMA_SCHEMA_VERSION (VERSION_ integer not null, DESCRIPTION_"
                + " varchar(255), INSTALLED_MS_ bigint, primary key (VERSION_))");
      }
    }
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
    Set<Integer> versions = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select VERSION_ from PRIMA_SCHEMA_VERSION")) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    }
    return versions;
  }

  private static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
    }
  }

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().trim();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().trim());
    }
    return statements;
  }

  static List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>();
    for (String line : resource(BASE + "migrations.txt").split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\|");
      migrations.add(new Migration(Integer.parseInt(parts[0]), parts[1]));
    }
    return migrations;
  }

  private String script(Migration migration) {
    return script("V" + migration.version() + "__" + migration.name() + ".sql");
  }

  /** The dialect's own version of a script when there is one, else the common one. */
  private String script(String name) {
    String own = BASE + dialect + "/" + name;
    return PrimaSchema.class.getClassLoader().getResource(own) != null
        ? resource(own)
        : resource(BASE + "common/" + name);
  }

  private static String resource(String path) {
    try (InputStream in = PrimaSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new PrimaException("Prima's jar lacks the schema script " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PrimaException("Cannot read the schema script " + path, e);
    }
  }
}
