package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.testing.JournalReconciliation.Mismatch;
import dev.prima.testing.JournalReconciliation.Problem;
import dev.prima.testing.internal.JournalRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation finds every kind of disagreement between the journal and Camunda's history:
 * the journal is tampered with row by row, as a lost commit, a phantom write or a double write
 * would leave it.
 */
class JournalReconciliationTest {

  private static final String COLUMNS =
      "ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_,"
          + " PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, ELEMENT_NAME_, MOMENT_, CHANNEL_,"
          + " LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_, START_MS_, END_MS_, TARGET_MS_, OUTCOME_,"
          + " NOTE_";

  private Prima prima;
  private ProcessEngine engine;

  @BeforeEach
  void serveOneCitizenUpToApproval() {
    prima = Prima.builder().history(History.FULL).build();
    engine = prima.processEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, "SKT-1", Map.of(VAR_CITIZEN_USER_ID, "dewi"));
    String verify = engine.getTaskService().createTaskQuery().singleResult().getId();
    engine.getTaskService().complete(verify, Map.of(VAR_DOCUMENTS_COMPLETE, true));
  }

  @AfterEach
  void close() {
    prima.close();
  }

  @Test
  void anUntouchedJournalIsExact() {
    JournalReconciliation reconciliation = JournalReconciliation.of(engine).assertExact();

    // handed in, verified, decided, approval open
    assertThat(reconciliation.touchpointsCompared()).isEqualTo(4);
    assertThat(reconciliation.mismatches()).isEmpty();
    assertThat(reconciliation)
        .hasToString(
            "4 touchpoints compared, 0 lost, 0 lost_end, 0 phantom, 0 phantom_end, 0 duplicated");
  }

  @Test
  void findsLostPhantomAndDuplicatedTouchpointsByCaseAndElement() {
    execute("delete from PRIMA_JOURNAL where ELEMENT_ID_ = 'ApplicationReceived'");
    execute("delete from PRIMA_JOURNAL where ELEMENT_ID_ = 'VerifyDocuments' and PHASE_ = 'END'");
    copyRow("ApproveCertificate", "'twice'", "TOUCHPOINT_ID_", "PHASE_");
    copyRow("DocumentsComplete", "'ghost'", "'no-such-activity-instance'", "PHASE_");

    JournalReconciliation reconciliation = JournalReconciliation.of(engine);

    assertThat(reconciliation.mismatches())
        .extracting(Mismatch::problem, Mismatch::caseId, Mismatch::elementId)
        .containsExactly(
            tuple(Problem.LOST, "SKT-1", "ApplicationReceived"),
            tuple(Problem.DUPLICATED, "SKT-1", "ApproveCertificate"),
            tuple(Problem.PHANTOM, "SKT-1", "DocumentsComplete"),
            tuple(Problem.LOST_END, "SKT-1", "VerifyDocuments"));
    assertThatThrownBy(reconciliation::assertExact)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 lost, 1 lost_end, 1 phantom, 0 phantom_end, 1 duplicated")
        .hasMessageContaining("LOST case=SKT-1 element=ApplicationReceived")
        .hasMessageContaining("PHANTOM case=SKT-1 element=DocumentsComplete")
        .hasMessageContaining("activityInstance=no-such-activity-instance");
  }

  @Test
  void theRowOfATasksFirstAssignmentNeitherOpensNorClosesATouchpoint() {
    String approval = engine.getTaskService().createTaskQuery().singleResult().getId();
    engine.getTaskService().claim(approval, "budi");

    assertThat(JournalRows.read(engine)).extracting(JournalRows.Row::phase).contains("SERVE");
    JournalReconciliation.of(engine).assertExact();
  }

  @Test
  void findsATouchpointClosedWhileItsActivityStillRuns() {
    copyRow("ApproveCertificate", "'closed-too-early'", "TOUCHPOINT_ID_", "'END'");

    assertThat(JournalReconciliation.of(engine).mismatches())
        .extracting(Mismatch::problem, Mismatch::elementId)
        .containsExactly(tuple(Problem.PHANTOM_END, "ApproveCertificate"));
  }

  @Test
  void refusesAnEngineWithoutActivityHistory() {
    try (Prima noHistory = Prima.builder().engineName("no-history").history(History.NONE).build()) {
      assertThatThrownBy(() -> JournalReconciliation.of(noHistory.processEngine()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("keeps none")
          .hasMessageContaining("history activity, audit or full");
    }
  }

  /** Copies the rows of an element with a new id, touchpoint id and phase (SQL expressions). */
  private void copyRow(String elementId, String id, String touchpointId, String phase) {
    String select =
        COLUMNS.replace(
            "ID_, TOUCHPOINT_ID_, PHASE_,", id + ", " + touchpointId + ", " + phase + ",");
    execute(
        "insert into PRIMA_JOURNAL ("
            + COLUMNS
            + ") select "
            + select
            + " from PRIMA_JOURNAL where ELEMENT_ID_ = '"
            + elementId
            + "'");
  }

  private void execute(String sql) {
    try (Connection connection =
            engine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
