package dev.prima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConnectionTest {

  @TempDir Path dir;

  @Test
  void wrongPasswordFailsWithOneLineNamingUrlAndUserButNotThePassword() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("guarded").toAbsolutePath();
    DriverManager.getConnection(url, "officer", "right-secret").close();

    assertThatThrownBy(() -> Prima.builder().jdbc(url, "officer", "wrong-secret").build())
        .isInstanceOf(DatabaseConnectionException.class)
        .hasMessageStartingWith("Cannot connect to the database at " + url + " as user 'officer'")
        .hasMessageContaining("Wrong user name or password")
        .hasMessageContaining("check the user and password")
        .hasMessageNotContaining("wrong-secret")
        .hasMessageNotContaining("right-secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void unreachableServerNamesHostPortAndHowToFix() {
    String url = "jdbc:postgresql://127.0.0.1:1/prima";

    assertThatThrownBy(() -> Prima.builder().jdbc(url, "prima", "secret").build())
        .isInstanceOf(DatabaseConnectionException.class)
        .hasMessageContaining(url)
        .hasMessageContaining("check host and port")
        .satisfies(e -> assertThat(((DatabaseConnectionException) e).sqlState()).startsWith("08"));
  }

  @Test
  void urlWithoutDriverNamesTheUrlAndTheMissingDriver() {
    assertThatThrownBy(
            () -> Prima.builder().jdbc("jdbc:nosuchdb://host/db;password=p4ss", "u", "p").build())
        .isInstanceOf(DatabaseConnectionException.class)
        .hasMessageContaining("No JDBC driver accepts the URL jdbc:nosuchdb://host/db;password=***")
        .hasMessageNotContaining("p4ss");
  }

  @Test
  void urlNotStartingWithJdbcIsRejectedByTheBuilder() {
    assertThatThrownBy(() -> Prima.builder().jdbc("postgresql://host/db", "u", "p"))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessageContaining("jdbcUrl must start with 'jdbc:', but was 'postgresql://host/db'");
  }

  @Test
  @EnabledIf("dev.prima.TestDatabase#postgresConfigured")
  void unknownPostgresDatabaseSaysToCreateIt() {
    String base = System.getenv(TestDatabase.URL_VARIABLE);
    String url = base.substring(0, base.lastIndexOf('/') + 1) + "no_such_prima_db";

    assertThatThrownBy(() -> Prima.builder().jdbc(url, "prima", "prima").build())
        .isInstanceOf(DatabaseConnectionException.class)
        .hasMessageContaining(url)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("create it");
  }
}
