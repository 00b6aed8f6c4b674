package dev.prima.upkeep;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.InvalidArgumentException;
import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.upkeep.internal.JdbcJournalUpkeep;
import dev.prima.voice.Complainant;
import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.Rating;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Purge and archive of whole cases, on H2 and PostgreSQL. */
class JournalUpkeepTest {

  private static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

  @TempDir Path folder;

  private static BpmnModelInstance counterService() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("kk")
            .startEvent("start")
            .userTask("serve")
            .userTask("sign")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Number taken", "kiosk", "CUSTOMER");
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "sign", "Signed", "online", "BACKSTAGE");
    return model;
  }

  /** A service whose only touchpoint is its start, then a back-office task that is none. */
  private static BpmnModelInstance backOfficeService() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("back")
            .startEvent("start")
            .userTask("file")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Form handed in", "counter", "CUSTOMER");
    return model;
  }

  private static void deploy(Prima prima) {
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("kk.bpmn", counterService())
        .addModelInstance("back.bpmn", backOfficeService())
        .deploy();
  }

  /** Starts case {@code key}, completes {@code steps} of its two user tasks, a minute each. */
  private static void runCase(Prima prima, MutableClock clock, String key, int steps) {
    runCase(prima, clock, key, steps, false);
  }

  /**
   * As above; with {@code claim}, an officer claims each task half a minute before completing it,
   * so the case's touchpoints have SERVE rows too.
   */
  private static void runCase(
      Prima prima, MutableClock clock, String key, int steps, boolean claim) {
    ProcessEngine engine = prima.processEngine();
    engine.getRuntimeService().startProcessInstanceByKey("kk", key);
    for (int i = 0; i < steps; i++) {
      clock.advance(Duration.ofMinutes(1));
      Task task =
          engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
      if (claim) {
        engine.getTaskService().claim(task.getId(), "siti");
        clock.advance(Duration.ofSeconds(30));
      }
      engine.getTaskService().complete(task.getId());
    }
    clock.advance(Duration.ofMinutes(1));
  }

  private static DataSource dataSource(Prima prima) {
    return ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
        .getDataSource();
  }

  private static long count(Prima prima, String sql, String key) {
    try (Connection connection = dataSource(prima).getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, key);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void insertBreach(Prima prima, String caseKey, Instant detected) {
    String processInstanceId =
        prima.touchpoints().query().caseId(caseKey).list().get(0).processInstanceId();
    try (Connection connection = dataSource(prima).getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into PRIMA_BREACH (ID_, KIND_, CASE_KEY_, PROC_INST_ID_, PROC_DEF_KEY_,"
                    + " LIMIT_, STARTED_MS_, DUE_MS_, DETECTED_MS_)"
                    + " values (?, 'LEAD_TIME', ?, ?, 'kk', 'PT1M', ?, ?, ?)")) {
      insert.setString(1, "breach-" + caseKey);
      insert.setString(2, caseKey);
      insert.setString(3, processInstanceId);
      insert.setLong(4, detected.toEpochMilli() - 120_000);
      insert.setLong(5, detected.toEpochMilli() - 60_000);
      insert.setLong(6, detected.toEpochMilli());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> touchpointsPerCase(Prima prima) {
    return prima.touchpoints().query().list().stream()
        .collect(Collectors.groupingBy(Touchpoint::caseId, Collectors.counting()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void purgesWholeCasesThatAreOverWithTheirBreachesRatingsAndComplaints(TestDatabase database) {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      // given: KK-0 over, with a breach, a rating and an answered named complaint
      deploy(prima);
      runCase(prima, clock, "KK-0", 2);
      insertBreach(prima, "KK-0", clock.instant());
      String serve = prima.touchpoints().query().caseId("KK-0").list().get(1).id();
      prima.ratings().rate(serve, Rating.skm(2), "slow");
      String answered =
          prima
              .voice()
              .lodgeComplaint(
                  ComplaintRequest.aboutCase("KK-0")
                      .complainant(Complainant.of("Dewi Lestari", "0812-555-0101"))
                      .text("too slow")
                      .build())
              .id();
      clock.advance(Duration.ofMinutes(5));
      prima.voice().answer(answered, "apologised");
      // KK-1 over but its complaint unanswered; KK-2 waits at a task; KK-3 rated after the cutoff
      runCase(prima, clock, "KK-1", 2);
      prima.voice().lodgeComplaint(ComplaintRequest.aboutCase("KK-1").text("lost").build());
      runCase(prima, clock, "KK-2", 1);
      runCase(prima, clock, "KK-3", 2);
      // BACK-1: every touchpoint ended, but its process instance still runs
      prima.processEngine().getRuntimeService().startProcessInstanceByKey("back", "BACK-1");
      clock.advance(Duration.ofMinutes(1));
      String sign = prima.touchpoints().query().caseId("KK-3").list().get(2).id();
      Instant cutoff = clock.instant();
      clock.advance(Duration.ofMinutes(1));
      prima.ratings().rate(sign, Rating.skm(4), null);
      Map<String, Long> before = touchpointsPerCase(prima);

      // when
      UpkeepResult result = prima.upkeep().purge(cutoff);

      // then
      assertThat(result.cases()).isEqualTo(1);
      assertThat(result.touchpoints()).isEqualTo(before.get("KK-0"));
      assertThat(result.journalRows()).isGreaterThan(result.touchpoints());
      assertThat(result.breaches()).isEqualTo(1);
      assertThat(result.ratings()).isEqualTo(1);
      assertThat(result.voices()).isEqualTo(1);
      assertThat(result.archived()).isZero();
      Map<String, Long> after = touchpointsPerCase(prima);
      assertThat(after).doesNotContainKey("KK-0");
      assertThat(after)
          .containsEntry("KK-1", before.get("KK-1"))
          .containsEntry("KK-2", before.get("KK-2"))
          .containsEntry("KK-3", before.get("KK-3"))
          .containsEntry("BACK-1", 1L);
      assertThat(count(prima, "select count(*) from PRIMA_BREACH where CASE_KEY_ = ?", "KK-0"))
          .isZero();
      assertThat(count(prima, "select count(*) from PRIMA_RATING where CASE_KEY_ = ?", "KK-0"))
          .isZero();
      assertThat(count(prima, "select count(*) from PRIMA_VOICE where CASE_KEY_ = ?", "KK-0"))
          .isZero();
      assertThat(
              count(
                  prima,
                  "select count(*) from PRIMA_COMPLAINANT where COMPLAINT_ID_ = ?",
                  answered))
          .isZero();
      assertThat(count(prima, "select count(*) from PRIMA_VOICE where CASE_KEY_ = ?", "KK-1"))
          .isEqualTo(1);
      // a second run finds nothing more
      assertThat(prima.upkeep().purge(cutoff).cases()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void archivesEveryPurgedTouchpointUnderOneHeaderBeforeDeletingIt(TestDatabase database)
      throws Exception {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      deploy(prima);
      for (int i = 0; i < 5; i++) {
        runCase(prima, clock, "KK-" + i, 2, i % 2 == 0);
      }
      runCase(prima, clock, "KK-open", 1);
      assertThat(prima.touchpoints().query().list())
          .as("claimed tasks: served")
          .anyMatch(t -> t.served() != null);
      Set<String> over =
          prima.touchpoints().query().list().stream()
              .filter(t -> !t.caseId().equals("KK-open"))
              .map(Touchpoint::id)
              .collect(Collectors.toSet());
      Path archive = folder.resolve("kk-2026-06.csv");

      UpkeepResult result =
          prima.upkeep().casesPerBatch(2).archiveAndPurge(clock.instant(), archive);

      List<CSVRecord> rows;
      try (Reader reader = Files.newBufferedReader(archive, StandardCharsets.UTF_8)) {
        rows = CSVFormat.RFC4180.builder().setHeader().build().parse(reader).getRecords();
      }
      assertThat(rows)
          .extracting(row -> row.get("touchpoint"))
          .containsExactlyInAnyOrderElementsOf(over);
      assertThat(rows).extracting(row -> row.get("case")).doesNotContain("case", "KK-open");
      assertThat(Files.readString(archive)).startsWith("case,touchpoint,process,");
      assertThat(result.archived()).isEqualTo(over.size());
      assertThat(result.touchpoints()).isEqualTo(over.size());
      assertThat(result.cases()).isEqualTo(5);
      assertThat(result.batches()).isEqualTo(3);
      assertThat(touchpointsPerCase(prima)).containsOnlyKeys("KK-open");
    }
  }

  @Test
  void anArchiveWithNothingToPurgeHoldsTheHeaderOnly() throws Exception {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = Prima.builder().clock(clock).build()) {
      Path archive = folder.resolve("empty.csv");

      UpkeepResult result = prima.upkeep().archiveAndPurge(MONDAY, archive);

      assertThat(result).isEqualTo(new UpkeepResult(0, 0, 0, 0, 0, 0, 0, 0));
      assertThat(Files.readAllLines(archive)).hasSize(1);
      assertThat(Files.readString(archive)).startsWith("case,touchpoint,");
    }
  }

  @Test
  void refusesAnExistingArchiveAMissingFolderACutoffInTheFutureAndAnEmptyBatch() throws Exception {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = Prima.builder().clock(clock).build()) {
      Path existing = Files.writeString(folder.resolve("old.csv"), "kept");

      assertThatThrownBy(() -> prima.upkeep().archiveAndPurge(MONDAY, existing))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("old.csv exists")
          .hasMessageContaining("choose a new file name");
      assertThat(Files.readString(existing)).isEqualTo("kept");
      assertThatThrownBy(
              () -> prima.upkeep().archiveAndPurge(MONDAY, folder.resolve("no/such/a.csv")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("folder must exist");
      assertThatThrownBy(() -> prima.upkeep().purge(MONDAY.plusSeconds(1)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("cutoff must not be after now (" + MONDAY + ")");
      assertThatThrownBy(() -> prima.upkeep().purge(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("cutoff must not be null");
      assertThatThrownBy(() -> prima.upkeep().casesPerBatch(0))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("casesPerBatch must be at least 1, but was 0");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCrashMidPurgeLeavesEveryCaseWholeAndARunAgainFinishesIt(TestDatabase database) {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      deploy(prima);
      for (int i = 0; i < 4; i++) {
        runCase(prima, clock, "KK-" + i, 2);
      }
      Map<String, Long> before = touchpointsPerCase(prima);
      JdbcJournalUpkeep crashing =
          ((JdbcJournalUpkeep) prima.upkeep())
              .casesPerBatch(1)
              .beforeCommit(
                  (batch, cases) -> {
                    if (batch == 2) {
                      throw new IllegalStateException("power cut in batch 2");
                    }
                  });

      assertThatThrownBy(() -> crashing.purge(clock.instant())).hasMessage("power cut in batch 2");

      Map<String, Long> left = touchpointsPerCase(prima);
      assertThat(left).hasSize(3);
      left.forEach(
          (caseKey, touchpoints) -> assertThat(touchpoints).isEqualTo(before.get(caseKey)));
      UpkeepResult resumed = prima.upkeep().purge(clock.instant());
      assertThat(resumed.cases()).isEqualTo(3);
      assertThat(touchpointsPerCase(prima)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theEngineRunsCommandsWhileABatchIsOpen(TestDatabase database) {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      deploy(prima);
      for (int i = 0; i < 3; i++) {
        runCase(prima, clock, "KK-" + i, 2);
      }
      Instant cutoff = clock.instant();
      List<String> duringBatches = new ArrayList<>();
      JdbcJournalUpkeep upkeep =
          ((JdbcJournalUpkeep) prima.upkeep())
              .casesPerBatch(1)
              .beforeCommit(
                  (batch, cases) -> {
                    // the batch has deleted its rows and not committed: a new case and a
                    // completed task on another thread must get through without waiting for it
                    String key = "NEW-" + batch;
                    CompletableFuture<Void> command =
                        CompletableFuture.runAsync(() -> runCase(prima, clock, key, 1));
                    try {
                      command.get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                      throw new IllegalStateException(
                          "an engine command waited for batch " + batch + ": " + e, e);
                    }
                    duringBatches.add(key);
                  });

      UpkeepResult result = upkeep.purge(cutoff);

      assertThat(result.cases()).isEqualTo(3);
      assertThat(duringBatches).containsExactly("NEW-1", "NEW-2", "NEW-3");
      assertThat(touchpointsPerCase(prima))
          .containsOnlyKeys("NEW-1", "NEW-2", "NEW-3")
          .allSatisfy((caseKey, touchpoints) -> assertThat(touchpoints).isEqualTo(3));
    }
  }
}
