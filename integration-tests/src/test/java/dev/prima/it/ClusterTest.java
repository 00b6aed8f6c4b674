package dev.prima.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.engine.internal.EngineBootstrap;
import dev.prima.testing.JournalReconciliation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several engine nodes on one PostgreSQL database, as Camunda 7 clusters run: each node is its own
 * JVM ({@link ClusterNode}) with its job executor on, and the journal must stay exact. After each
 * run the journal is reconciled with Camunda's activity history for every touchpoint: no lost, no
 * phantom, no duplicated touchpoint.
 */
class ClusterTest {

  private static final int CASES = 200;

  /**
   * Touchpoints of one finished licence case: applied, verify, payment, registry, cooling, approve,
   * issued.
   */
  private static final int TOUCHPOINTS_PER_CASE = 7;

  private static final long NODE_SECONDS = 240;

  private String url;
  private ProcessEngine engine;
  private final List<Process> nodes = new ArrayList<>();

  @BeforeEach
  void createDatabase() {
    url = ItDatabase.postgresUrl();
    engine = ClusterNode.engine(url, user(), password(), "test", false, "create-drop");
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/prima/it/licence.bpmn")
        .deploy();
  }

  @AfterEach
  void dropDatabase() {
    nodes.forEach(Process::destroyForcibly);
    if (engine != null) {
      engine.close();
      EngineBootstrap.dropSchemaIfCreateDrop(engine);
    }
  }

  @Test
  void twoNodesWorkingOnTheSameCasesKeepAnExactJournal() throws Exception {
    Process a = node("node-a", 0, CASES / 2);
    Process b = node("node-b", CASES / 2, CASES / 2);

    awaitExit(a, "node-a");
    awaitExit(b, "node-b");

    assertAllCasesFinished(CASES);
    JournalReconciliation reconciliation = JournalReconciliation.of(engine).assertExact();
    assertThat(reconciliation.touchpointsCompared()).isEqualTo(CASES * TOUCHPOINTS_PER_CASE);
    // both nodes did the work: tasks, and jobs (each registry job failed once, then succeeded)
    assertThat(
            engine.getHistoryService().createHistoricTaskInstanceQuery().finished().list().stream()
                .map(HistoricTaskInstance::getAssignee)
                .distinct())
        .containsExactlyInAnyOrder("node-a", "node-b");
    List<HistoricJobLog> succeeded =
        engine.getHistoryService().createHistoricJobLogQuery().successLog().list();
    assertThat(succeeded.stream().map(HistoricJobLog::getHostname).distinct())
        .containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().failureLog().count())
        .isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void aNodeKilledMidRunLeavesAJournalASecondNodeCompletesExactly() throws Exception {
    Process doomed = node("node-doomed", 0, CASES);
    long finished = 0;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(NODE_SECONDS);
    while (finished < CASES / 4 && System.nanoTime() < until && doomed.isAlive()) {
      Thread.sleep(200);
      finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
    }
    assertThat(doomed.isAlive()).as("node-doomed still working when killed").isTrue();

    doomed.destroyForcibly(); // SIGKILL, as kill -9
    assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(doomed.exitValue()).isEqualTo(137);
    long started = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long open =
        engine.getHistoryService().createHistoricProcessInstanceQuery().unfinished().count();
    assertThat(open).as("open cases left by the killed node").isPositive();

    Process survivor = node("node-survivor", 0, 0, (int) started);
    awaitExit(survivor, "node-survivor");

    assertAllCasesFinished(started);
    JournalReconciliation reconciliation = JournalReconciliation.of(engine).assertExact();
    assertThat(reconciliation.touchpointsCompared()).isEqualTo(started * TOUCHPOINTS_PER_CASE);
    assertThat(
            engine.getHistoryService().createHistoricTaskInstanceQuery().finished().list().stream()
                .map(HistoricTaskInstance::getAssignee)
                .distinct())
        .contains("node-survivor");
  }

  private void assertAllCasesFinished(long cases) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .isEqualTo(cases);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
        .as("finished cases")
        .isEqualTo(cases);
  }

  private Process node(String name, int first, int toStart) throws IOException {
    return node(name, first, toStart, CASES);
  }

  private Process node(String name, int first, int toStart, int total) throws IOException {
    Path log = Path.of("target", "cluster-" + name + ".log");
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                ClusterNode.class.getName(),
                url,
                user(),
                password(),
                name,
                String.valueOf(first),
                String.valueOf(toStart),
                String.valueOf(total),
                String.valueOf(NODE_SECONDS))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    nodes.add(process);
    return process;
  }

  private static void awaitExit(Process node, String name) throws Exception {
    boolean exited = node.waitFor(NODE_SECONDS + 60, TimeUnit.SECONDS);
    Path log = Path.of("target", "cluster-" + name + ".log");
    String output = Files.exists(log) ? Files.readString(log) : "(no output)";
    assertThat(exited).as("%s ended in time; its output:%n%s", name, output).isTrue();
    assertThat(node.exitValue()).as("%s exit code; its output:%n%s", name, output).isZero();
    assertThat(output).as("%s output", name).contains("DONE " + name);
  }

  private static String user() {
    return ItDatabase.env("PRIMA_TEST_JDBC_USER", "prima");
  }

  private static String password() {
    return ItDatabase.env("PRIMA_TEST_JDBC_PASSWORD", "prima");
  }
}
