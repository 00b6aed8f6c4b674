package dev.prima.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.prima.Prima;
import dev.prima.engine.PrimaPlugin;
import dev.prima.engine.internal.EngineBootstrap;
import dev.prima.testing.JournalReconciliation;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.VetoingDelegate;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal under Spring-managed transactions ({@code SpringProcessEngineConfiguration} with a
 * {@code DataSourceTransactionManager} on a Hikari pool, the way Camunda's Spring Boot starter
 * builds it): the engine command runs inside the caller's transaction and never commits it, so the
 * journal rows must commit and roll back with that transaction, whatever happens after the engine
 * command returned.
 */
class SpringTransactionsTest {

  private GenericApplicationContext context;
  private HikariDataSource dataSource;
  private ProcessEngine engine;
  private Prima prima;
  private TransactionTemplate transaction;
  private final List<Touchpoint> heard = new CopyOnWriteArrayList<>();

  private void start(ItDatabase database) {
    dataSource = database.dataSource();
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    context = new GenericApplicationContext();
    context.refresh();
    SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
    configuration.setApplicationContext(context);
    configuration.setProcessEngineName("spring-" + database.name().toLowerCase());
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(manager);
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    // as Camunda's Spring Boot starter does with every ProcessEnginePlugin bean
    configuration
        .getProcessEnginePlugins()
        .add(
            new CompositeProcessEnginePlugin(
                PrimaPlugin.custom().discoverListeners(false).listener(heard::add).build()));
    engine = configuration.buildProcessEngine();
    prima = Prima.join(engine);
    transaction = new TransactionTemplate(manager);
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/prima/it/permit.bpmn")
        .deploy();
    VetoingDelegate.veto = false;
  }

  @AfterEach
  void stop() {
    VetoingDelegate.veto = false;
    if (engine != null) {
      engine.close();
      EngineBootstrap.dropSchemaIfCreateDrop(engine);
    }
    if (dataSource != null) {
      dataSource.close();
    }
    if (context != null) {
      context.close();
    }
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void eachCommandInItsOwnTransactionRecordsItsTouchpoints(ItDatabase database) {
    start(database);

    engine.getRuntimeService().startProcessInstanceByKey("permit", "P-1");
    completeTaskOf("P-1");

    assertThat(elementsOf("P-1")).containsExactly("submitted", "verify", "check", "issued");
    assertThat(heard).extracting(Touchpoint::elementId).contains("submitted", "issued");
    JournalReconciliation.of(engine).assertExact();
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void severalCommandsInOneTransactionCommitTogether(ItDatabase database) {
    start(database);

    transaction.executeWithoutResult(
        status -> {
          engine.getRuntimeService().startProcessInstanceByKey("permit", "P-2");
          completeTaskOf("P-2");
          // the caller's transaction sees its own rows; nobody else does before the commit
          assertThat(prima.touchpoints().query().caseId("P-2").count()).isEqualTo(4);
          assertThat(committedRowsOf("P-2")).isZero();
          assertThat(heard).isEmpty();
        });

    assertThat(committedRowsOf("P-2")).isEqualTo(5); // submitted, verify start + end, check, issued
    assertThat(elementsOf("P-2")).containsExactly("submitted", "verify", "check", "issued");
    assertThat(heard).extracting(Touchpoint::elementId).contains("submitted", "verify", "issued");
    JournalReconciliation.of(engine).assertExact();
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void anOuterRollbackAfterTheEngineCommandReturnedLeavesNothing(ItDatabase database) {
    start(database);

    transaction.executeWithoutResult(
        status -> {
          engine.getRuntimeService().startProcessInstanceByKey("permit", "P-3");
          completeTaskOf("P-3");
          status.setRollbackOnly();
        });
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      engine.getRuntimeService().startProcessInstanceByKey("permit", "P-4");
                      throw new IllegalStateException("the caller's own work failed");
                    }))
        .hasMessage("the caller's own work failed");

    assertThat(committedRowsOf("P-3")).isZero();
    assertThat(committedRowsOf("P-4")).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    assertThat(heard).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aRequiresNewTransactionCommitsWhileTheOuterOneRollsBack(ItDatabase database) {
    start(database);
    TransactionTemplate requiresNew = new TransactionTemplate(transaction.getTransactionManager());
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    transaction.executeWithoutResult(
        status -> {
          engine.getRuntimeService().startProcessInstanceByKey("permit", "OUTER-1");
          requiresNew.executeWithoutResult(
              inner -> engine.getRuntimeService().startProcessInstanceByKey("permit", "INNER-1"));
          status.setRollbackOnly();
        });

    assertThat(committedRowsOf("OUTER-1")).isZero();
    assertThat(elementsOf("INNER-1")).containsExactly("submitted", "verify");
    assertThat(heard).extracting(Touchpoint::caseId).containsOnly("INNER-1");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().list())
        .extracting(instance -> instance.getBusinessKey())
        .containsExactly("INNER-1");
    JournalReconciliation.of(engine).assertExact();
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aCommittingListenerThatVetoesTheCommitLeavesNothing(ItDatabase database) {
    start(database);
    engine.getRuntimeService().startProcessInstanceByKey("permit", "V-1");
    engine.getRuntimeService().startProcessInstanceByKey("permit", "V-2");
    heard.clear();
    VetoingDelegate.veto = true;

    // the engine's own transaction per command
    assertThatThrownBy(() -> completeTaskOf("V-1"))
        .hasStackTraceContaining(VetoingDelegate.MESSAGE);
    // a caller's transaction around the command: Spring calls the listener before its commit
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> completeTaskOf("V-2")))
        .hasStackTraceContaining(VetoingDelegate.MESSAGE);

    for (String caseId : List.of("V-1", "V-2")) {
      assertThat(committedRowsOf(caseId)).as(caseId).isEqualTo(2); // submitted, verify start
      assertThat(
              engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).count())
          .isEqualTo(1);
    }
    assertThat(heard).isEmpty();
    JournalReconciliation.of(engine).assertExact();
  }

  /** A health check inside an application's transaction must leave that transaction alone. */
  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void theJournalStatusLeavesTheCallersTransactionAlone(ItDatabase database) {
    start(database);

    transaction.executeWithoutResult(
        status -> {
          engine.getRuntimeService().startProcessInstanceByKey("permit", "S-1");
          assertThat(prima.journalStatus().healthy()).isTrue();
        });

    assertThat(committedRowsOf("S-1")).isEqualTo(2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aJoinedEngineAcceptsPrimaRoleIdsAsGroups(ItDatabase database) {
    start(database);

    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("counter-officer"));

    assertThat(engine.getIdentityService().createGroupQuery().groupId("counter-officer").count())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aClaimRidesTheCallersTransactionAndOnlyTheFirstCommittedOneCounts(ItDatabase database) {
    start(database);
    engine.getRuntimeService().startProcessInstanceByKey("permit", "P-9");
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey("P-9")
            .singleResult()
            .getId();
    long before = committedRowsOf("P-9");

    transaction.executeWithoutResult(
        status -> {
          engine.getTaskService().claim(task, "siti");
          // the caller sees its own claim; nobody else does before the commit
          assertThat(servedOf("P-9", "verify")).isNotNull();
          assertThat(committedRowsOf("P-9")).isEqualTo(before);
          status.setRollbackOnly();
        });
    assertThat(committedRowsOf("P-9")).isEqualTo(before);
    assertThat(servedOf("P-9", "verify")).isNull();

    transaction.executeWithoutResult(status -> engine.getTaskService().claim(task, "siti"));
    Instant served = servedOf("P-9", "verify");
    transaction.executeWithoutResult(
        status -> {
          engine.getTaskService().setAssignee(task, null);
          engine.getTaskService().claim(task, "budi");
        });
    completeTaskOf("P-9");

    assertThat(committedRowsOf("P-9"))
        .isEqualTo(before + 1 + 1 + 2); // SERVE, verify END, check, issued
    assertThat(served).isNotNull();
    assertThat(servedOf("P-9", "verify")).isEqualTo(served);
    JournalReconciliation.of(engine).assertExact();
  }

  private Instant servedOf(String caseId, String elementId) {
    return prima.touchpoints().query().caseId(caseId).list().stream()
        .filter(t -> t.elementId().equals(elementId))
        .findFirst()
        .orElseThrow()
        .served();
  }

  private void completeTaskOf(String caseId) {
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getId();
    engine.getTaskService().complete(task);
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aComplainantIsStoredInTheCallersTransactionAndRolledBackWithIt(ItDatabase database) {
    start(database);
    engine.getRuntimeService().startProcessInstanceByKey("permit", "P-9");
    ComplaintRequest request =
        ComplaintRequest.aboutCase("P-9")
            .complainant(Complainant.of("Dewi Lestari", "0812-555-0101"))
            .text("The counter closed early")
            .build();

    transaction.executeWithoutResult(
        status -> {
          prima.voice().lodgeComplaint(request);
          status.setRollbackOnly();
        });
    assertThat(committedRows("PRIMA_COMPLAINANT")).isZero();
    assertThat(committedRows("PRIMA_VOICE")).isZero();

    transaction.executeWithoutResult(
        status -> {
          prima.voice().lodgeComplaint(request);
          // written on the transaction's own connection: nobody else sees it before the commit
          assertThat(committedRows("PRIMA_COMPLAINANT")).isZero();
        });
    assertThat(committedRows("PRIMA_COMPLAINANT")).isEqualTo(1);
    assertThat(prima.voice().complaintsOfCase("P-9", Set.of("complaint-officer")))
        .extracting(Complaint::complainant)
        .containsExactly(Complainant.of("Dewi Lestari", "0812-555-0101"));
  }

  /** Committed rows of a table, as another connection sees them. */
  private long committedRows(String table) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement("select count(*) from " + table);
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> elementsOf(String caseId) {
    return prima.touchpoints().query().caseId(caseId).list().stream()
        .map(Touchpoint::elementId)
        .toList();
  }

  /** Rows of a case that another connection sees: what is committed. */
  private long committedRowsOf(String caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from PRIMA_JOURNAL where CASE_KEY_ = ?")) {
      count.setString(1, caseId);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
