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
        .hasMessageContaining("start once with schemaUpdate UPDATE")
        .satisfies(e -> assertThat(e.getMessage().split("Fix:", -1)).as("one fix").hasSize(2));
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
  void version4MovesComplainantsOutOfTheComplaintsAndTheLodgersOutOfTheJournal() throws Exception {
    String url = url("v4");
    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      // back to version 3: the identity in PRIMA_VOICE, the lodger on the complaint's touchpoint
      statement.execute("drop table PRIMA_COMPLAINANT");
      statement.execute("delete from PRIMA_SCHEMA_VERSION where VERSION_ = 4");
      statement.execute("alter table PRIMA_VOICE add column COMPLAINANT_NAME_ varchar(255)");
      statement.execute("alter table PRIMA_VOICE add column COMPLAINANT_CONTACT_ varchar(255)");
      statement.execute(
          "insert into PRIMA_VOICE (ID_, KIND_, SERVICE_KEY_, COMPLAINANT_NAME_,"
              + " COMPLAINANT_CONTACT_, TEXT_, TIER_, LODGED_MS_, DEADLINE_MS_, DEADLINE_LIMIT_)"
              + " values ('c1', 'COMPLAINT', 'permit', 'Dewi', '0812', 'late', 'LIGHT', 1, 2,"
              + " 'P14D'), ('c2', 'COMPLAINT', 'permit', null, null, 'rude', 'LIGHT', 1, 2,"
              + " 'P14D')");
      for (String kind : new String[] {"VOICE", "CONTACT"}) {
        statement.execute(
            "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_,"
                + " PROC_INST_ID_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_,"
                + " ELEMENT_ID_, MOMENT_, KIND_, OUTCOME_, USER_ID_) values ('"
                + kind
                + "', '"
                + kind
                + "', 'FULL', 1, 'P-1', '1', '1', 'permit', 1, 'e', 'm', '"
                + kind
                + "', 'COMPLETED', 'dewi')");
      }
    }

    Prima.builder().jdbc(url, "sa", "").schemaUpdate(SchemaUpdate.UPDATE).build().close();

    assertThat(count(url, "select count(*) from PRIMA_COMPLAINANT")).isEqualTo(1);
    assertThat(
            count(
                url,
                "select count(*) from PRIMA_COMPLAINANT where COMPLAINT_ID_ = 'c1'"
                    + " and NAME_ = 'Dewi' and CONTACT_ = '0812'"))
        .isEqualTo(1);
    assertThat(
            count(
                url,
                "select count(*) from INFORMATION_SCHEMA.COLUMNS where TABLE_NAME = 'PRIMA_VOICE'"
                    + " and COLUMN_NAME like 'COMPLAINANT%'"))
        .isZero();
    assertThat(count(url, "select count(*) from PRIMA_JOURNAL where USER_ID_ = 'dewi'"))
        .as("the lodger leaves the complaint's touchpoint; other touchpoints keep their user")
        .isEqualTo(1);
    assertThat(count(url, "select count(*) from PRIMA_JOURNAL where KIND_ = 'CONTACT'"))
        .isEqualTo(1);
  }

  @Test
  void splitsScriptsIntoStatementsSkippingComments() {
    assertThat(
            PrimaSchema.statements(
                "-- note\ncreate table A (X int);\n\ncreate index I on A (X);\n"))
        .containsExactly("create table A (X int)", "create index I on A (X)");
  }
}
