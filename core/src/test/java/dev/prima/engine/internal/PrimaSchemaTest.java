package dev.prima.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.SchemaUpdate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrimaSchemaTest {

  @TempDir Path dir;

  private String url(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  private static long count(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void updateCreatesTheTablesOnceAndRecordsTheVersion() throws Exception {
    String url = url("update");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();

    assertThat(count(url, "select count(*) from PRIMA_SCHEMA_VERSION"))
        .isEqualTo(PrimaSchema.migrations().size());
    assertThat(count(url, "select max(VERSION_) from PRIMA_SCHEMA_VERSION"))
        .isEqualTo(PrimaSchema.migrations().get(PrimaSchema.migrations().size() - 1).version());
    assertThat(count(url, "select count(*) from PRIMA_JOURNAL")).isZero();
  }

  @Test
  void validateFailsWhenPrimaTablesAreMissingAndSaysHowToFix() throws Exception {
    String url = url("validate");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop table PRIMA_JOURNAL");
      statement.execute("drop table PRIMA_SCHEMA_VERSION");
    }

    assertThatThrownBy(
            () -> Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.VALIDATE).build())
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("Prima's tables are missing or outdated")
        .hasMessageContaining("start once with schemaUpdate UPDATE");
  }

  @Test
  void createDropRemovesPrimaTablesOnClose() throws Exception {
    String url = url("createdrop");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.CREATE_DROP).build().close();

    assertThat(
            count(
                url,
                "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME like 'PRIMA%'"))
        .isZero();
  }

  @Test
  void splitsScriptsIntoStatementsSkippingComments() {
    assertThat(
            PrimaSchema.statements(
                "-- note\ncreate table A (X int);\n\ncreate index I on A (X);\n"))
        .containsExactly("create table A (X int)", "create index I on A (X)");
  }
}
