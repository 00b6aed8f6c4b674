package dev.prima.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One database by JDBC URL and credentials.
 *
 * @param url the JDBC URL
 * @param user the user name
 * @param password the password
 */
record JdbcTarget(String url, String user, String password) {

  /** Whether this is a PostgreSQL database. */
  boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The JDBC driver class for the URL, as Prima resolves it. */
  String driverClass() {
    try {
      return DriverManager.getDriver(url).getClass().getName();
    } catch (SQLException e) {
      throw new IllegalStateException("no JDBC driver for " + url, e);
    }
  }

  /** A new connection; on PostgreSQL with batched inserts rewritten into multi-row inserts. */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    if (isPostgres()) {
      properties.setProperty("reWriteBatchedInserts", "true");
    }
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public String toString() {
    return url;
  }
}
