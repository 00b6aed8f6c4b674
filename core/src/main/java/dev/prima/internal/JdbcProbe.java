package dev.prima.internal;

import dev.prima.DatabaseConnectionException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Opens one connection before the engine starts, so a bad URL or password fails in one line. */
public final class JdbcProbe {

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password\\s*=\\s*)[^&;]*");

  private JdbcProbe() {}

  /** The URL with any {@code password=} parameter replaced by {@code ***}. */
  public static String maskUrl(String url) {
    return url == null ? null : PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
  }

  public static void probe(String url, String user, String password) {
    String masked = maskUrl(url);
    Driver driver;
    try {
      driver = DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new DatabaseConnectionException(
          "No JDBC driver accepts the URL "
              + masked
              + ". Fix: check the URL (it starts with jdbc:h2: or jdbc:postgresql://host:port/db)"
              + " and put the database's JDBC driver (for example org.postgresql:postgresql) on"
              + " the classpath.",
          masked,
          e.getSQLState(),
          e);
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "10");
    try (Connection connection = driver.connect(url, properties)) {
      if (connection == null) {
        throw new SQLException("driver " + driver.getClass().getName() + " rejected the URL");
      }
    } catch (SQLException e) {
      throw failure(masked, user == null ? "" : "as user '" + user + "'", password, e);
    }
  }

  public static void probe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      connection.getMetaData();
    } catch (SQLException e) {
      throw failure("the DataSource " + dataSource.getClass().getName(), "", null, e);
    }
  }

  private static DatabaseConnectionException failure(
      String maskedUrl, String asUser, String password, SQLException e) {
    String state = e.getSQLState();
    String cause = firstLine(e.getMessage());
    if (password != null && password.length() >= 3) {
      cause = cause.replace(password, "***");
    }
    String message =
        "Cannot connect to the database at "
            + maskedUrl
            + (asUser.isEmpty() ? "" : " " + asUser)
            + ": "
            + cause
            + (state == null ? "" : " [SQLState " + state + "]")
            + ". Fix: "
            + hint(state)
            + ".";
    return new DatabaseConnectionException(message, maskedUrl, state, e);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "no reason given by the driver";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }

  private static String hint(String state) {
    if (state == null) {
      return "check the URL, and the database server's log";
    }
    if (state.startsWith("28")) {
      return "the user name or password was refused; check the user and password you passed"
          + " (the password is not shown here)";
    }
    if (state.equals("90146") || state.equals("90013")) {
      return "there is no H2 database at that path (its file ends in .mv.db); correct the path in"
          + " the URL";
    }
    if (state.equals("3D000")) {
      return "the database does not exist; create it (for example createdb) or correct its name"
          + " in the URL";
    }
    if (state.equals("90020")) {
      return "the database file is in use by another process; stop that process or use"
          + " another file";
    }
    if (state.startsWith("08")) {
      return "the server could not be reached; check host and port in the URL and that the"
          + " database server is running and accepts TCP connections";
    }
    return "check the URL, and the database server's log";
  }
}
