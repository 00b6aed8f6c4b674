package dev.prima.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.MissingTablesException;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prima's tables missing or behind under VALIDATE is a failure of its own type. */
class MissingTablesTest {

  private static final int LATEST =
      PrimaSchema.migrations().get(PrimaSchema.migrations().size() - 1).version();

  @TempDir Path dir;

  private String url(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static MissingTablesException validating(String url) {
    return catchThrowableOfType(
        MissingTablesException.class,
        () -> Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.VALIDATE).build());
  }

  @Test
  void noTablesAtAllIsVersionZero() throws Exception {
    String url = url("none");
    execute(url, "create table OTHER (ID int)");

    MissingTablesException missing = validating(url);

    assertThat(missing).isNotNull();
    assertThat(missing.schemaVersion()).isZero();
    assertThat(missing.requiredVersion()).isEqualTo(LATEST);
    assertThat(missing)
        .hasMessageStartingWith("Cannot start the process engine")
        .hasMessageContaining("Prima's tables are missing or outdated");
  }

  @Test
  void tablesOneVersionBehindSayWhichVersionTheyHave() throws Exception {
    String url = url("behind");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();
    execute(url, "delete from PRIMA_SCHEMA_VERSION where VERSION_ = " + LATEST);

    MissingTablesException missing = validating(url);

    assertThat(missing).isNotNull();
    assertThat(missing.schemaVersion()).isEqualTo(LATEST - 1);
    assertThat(missing.requiredVersion()).isEqualTo(LATEST);
  }

  @Test
  void tablesUpToDateStartUnderValidate() throws Exception {
    String url = url("current");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();

    assertThatCode(
            () ->
                Prima.builder()
                    .jdbc(url, "sa", "")
                    .schemaUpdate(SchemaUpdate.VALIDATE)
                    .build()
                    .close())
        .doesNotThrowAnyException();
  }
}
