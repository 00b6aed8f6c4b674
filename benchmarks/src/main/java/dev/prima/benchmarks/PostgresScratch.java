package dev.prima.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scratch PostgreSQL databases, {@value #BARE}, {@value #PRIMA} and {@value #CONTROL} (or the
 * export benchmark's {@value #EXPORT}), created with {@code CREATE DATABASE} on the server of
 * {@code PRIMA_BENCH_JDBC_URL} and dropped afterwards; the role needs {@code CREATEDB}. The
 * database named in the URL is only connected to, never changed.
 */
final class PostgresScratch implements Database {

  static final String BARE = "prima_bench_bare";
  static final String PRIMA = "prima_bench_prima";
  static final String CONTROL = "prima_bench_control";

  /** The export benchmark's own database, so that it never drops the others. */
  static final String EXPORT = "prima_bench_export";

  /** The scale scenario's database, kept between runs with {@code --keep}. */
  static final String SCALE = "prima_bench_scale";

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private final JdbcTarget admin;
  private final List<String> databases;

  private PostgresScratch(JdbcTarget admin, List<String> databases) {
    this.admin = admin;
    this.databases = databases;
  }

  /**
   * The scratch databases on the configured server, or empty with the reason printed when {@code
   * PRIMA_BENCH_JDBC_URL} is not set or the role may not create databases.
   */
  static Optional<Database> fromEnvironment() {
    return fromEnvironment(List.of(BARE, PRIMA, CONTROL)).map(Database.class::cast);
  }

  /** Like {@link #fromEnvironment()}, with these scratch databases only. */
  static Optional<PostgresScratch> fromEnvironment(List<String> databases) {
    return fromEnvironment(databases, true);
  }

  /**
   * Like {@link #fromEnvironment(List)}; with {@code recreate} false, existing databases are kept
   * and only missing ones created.
   */
  static Optional<PostgresScratch> fromEnvironment(List<String> databases, boolean recreate) {
    String url = System.getenv("PRIMA_BENCH_JDBC_URL");
    if (url == null || url.isBlank()) {
      System.out.println(
          "NOTE postgres skipped: set PRIMA_BENCH_JDBC_URL (and PRIMA_BENCH_JDBC_USER,"
              + " PRIMA_BENCH_JDBC_PASSWORD; default prima/prima) to run on PostgreSQL");
      return Optional.empty();
    }
    if (!URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "PRIMA_BENCH_JDBC_URL must look like jdbc:postgresql://host:5432/db, but was " + url);
    }
    JdbcTarget admin =
        new JdbcTarget(
            url, env("PRIMA_BENCH_JDBC_USER", "prima"), env("PRIMA_BENCH_JDBC_PASSWORD", "prima"));
    PostgresScratch scratch = new PostgresScratch(admin, databases);
    try {
      for (String database : databases) {
        if (recreate || !scratch.exists(database)) {
          scratch.recreate(database);
        }
      }
      return Optional.of(scratch);
    } catch (SQLException e) {
      if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
        System.out.println(
            "NOTE postgres skipped: role "
                + admin.user()
                + " may not create databases; grant it with ALTER ROLE "
                + admin.user()
                + " CREATEDB");
        return Optional.empty();
      }
      throw new IllegalStateException("cannot create scratch databases: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public JdbcTarget forBare() {
    return target(BARE);
  }

  @Override
  public JdbcTarget forPrima() {
    return target(PRIMA);
  }

  @Override
  public JdbcTarget forControl() {
    return target(CONTROL);
  }

  @Override
  public void close() {
    try {
      for (String database : databases) {
        drop(database);
      }
    } catch (SQLException e) {
      System.out.println("NOTE could not drop the scratch databases: " + e.getMessage());
    }
  }

  /** One of the scratch databases. */
  JdbcTarget target(String database) {
    Matcher url = URL.matcher(admin.url());
    if (!url.matches()) {
      throw new IllegalStateException("unexpected URL " + admin.url());
    }
    return new JdbcTarget(url.group(1) + database + url.group(3), admin.user(), admin.password());
  }

  /** Whether the server holds this database. */
  boolean exists(String database) throws SQLException {
    try (Connection connection = admin.connect();
        java.sql.PreparedStatement statement =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      statement.setString(1, database);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Drops the database if it exists and creates it empty. */
  void recreate(String database) throws SQLException {
    drop(database);
    execute("create database " + database);
  }

  private void drop(String database) throws SQLException {
    execute("drop database if exists " + database + " with (force)");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = admin.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
