package dev.prima.engine.internal;

import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.strategy.BreachListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prima's timer job: fires when a case's lead time or a touchpoint's target runs out, records the
 * breach in the engine's transaction and tells the breach listeners after commit. Timers live on
 * the process instance's execution, so Camunda deletes them with a case that ends in time.
 */
public final class BreachJobHandler implements JobHandler<BreachTimer> {

  public static final String TYPE = "prima-breach";

  /** The breach log: one WARN line per breach. */
  public static final String LOGGER_NAME = "dev.prima.breach";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final Logger SELF = LoggerFactory.getLogger(BreachJobHandler.class);

  private final Clock clock;
  private final List<BreachListener> listeners;

  public BreachJobHandler(Clock clock, List<BreachListener> listeners) {
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  /** Schedules a breach timer on the process instance of {@code execution}. */
  static void schedule(ExecutionEntity execution, BreachTimer timer) {
    TimerEntity job = new TimerEntity();
    job.setDuedate(new Date(timer.dueMillis()));
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(timer);
    job.setExecution(execution.getProcessInstance());
    job.setProcessDefinitionId(execution.getProcessDefinitionId());
    job.setProcessDefinitionKey(
        ((ProcessDefinitionEntity) execution.getProcessDefinition()).getKey());
    job.setDeploymentId(
        ((ProcessDefinitionEntity) execution.getProcessDefinition()).getDeploymentId());
    job.setTenantId(execution.getTenantId());
    Context.getCommandContext().getJobManager().schedule(job);
  }

  /** Deletes the target timer of a touchpoint that ended, so no stale timer lingers. */
  static void cancelTargetTimer(ExecutionEntity execution, String touchpointId) {
    for (JobEntity job : List.copyOf(execution.getProcessInstance().getJobs())) {
      if (TYPE.equals(job.getJobHandlerType())) {
        BreachTimer timer = BreachTimer.parse(job.getJobHandlerConfigurationRaw());
        if (timer.kind() == BreachKind.TOUCHPOINT_TARGET
            && touchpointId.equals(timer.touchpointId())) {
          job.delete();
        }
      }
    }
  }

  /** Deletes the deadline timer of a complaint that was answered. */
  static void cancelComplaintTimer(ExecutionEntity execution, String complaintId) {
    for (JobEntity job : List.copyOf(execution.getProcessInstance().getJobs())) {
      if (TYPE.equals(job.getJobHandlerType())) {
        BreachTimer timer = BreachTimer.parse(job.getJobHandlerConfigurationRaw());
        if (timer.kind() == BreachKind.COMPLAINT_DEADLINE
            && complaintId.equals(timer.touchpointId())) {
          job.delete();
        }
      }
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      BreachTimer timer,
      ExecutionEntity execution,
      CommandContext commandContext,
      String tenantId) {
    if (execution == null) {
      return; // the case is gone; nothing can be late any more
    }
    if (timer.kind() == BreachKind.TOUCHPOINT_TARGET) {
      Object ended =
          commandContext
              .getDbEntityManager()
              .selectOne("selectPrimaTouchpointEndCount", timer.touchpointId());
      if (ended instanceof Number n && n.longValue() > 0) {
        return; // the touchpoint ended in time
      }
    }
    if (timer.kind() == BreachKind.COMPLAINT_DEADLINE) {
      complaintDeadlinePassed(timer, execution, commandContext);
      return;
    }
    ExecutionEntity root = Cases.root(execution);
    ProcessDefinitionEntity definition = (ProcessDefinitionEntity) execution.getProcessDefinition();
    BreachRowEntity row = new BreachRowEntity();
    String subject =
        timer.kind() == BreachKind.LEAD_TIME
            ? execution.getProcessInstanceId()
            : timer.touchpointId();
    row.setId(timer.kind().name() + ":" + subject);
    row.setKind(timer.kind().name());
    row.setCaseKey(Cases.caseKey(root));
    row.setProcessInstanceId(execution.getProcessInstanceId());
    row.setProcessDefinitionKey(definition.getKey());
    row.setTouchpointId(timer.touchpointId());
    row.setElementId(timer.elementId());
    row.setMoment(timer.moment());
    row.setLimit(timer.limit());
    row.setStartedMillis(timer.startedMillis());
    row.setDueMillis(timer.dueMillis());
    row.setDetectedMillis(clock.millis());
    record(row, commandContext);
  }

  /** A complaint's deadline ran out: a breach unless it was answered meanwhile. */
  private void complaintDeadlinePassed(
      BreachTimer timer, ExecutionEntity execution, CommandContext commandContext) {
    // the timer's touchpoint slot carries the complaint id
    VoiceRowEntity complaint =
        (VoiceRowEntity)
            commandContext
                .getDbEntityManager()
                .selectOne("selectPrimaVoiceRow", timer.touchpointId());
    if (complaint == null || complaint.getAnsweredMillis() != null) {
      return;
    }
    BreachRowEntity row = new BreachRowEntity();
    row.setId(BreachKind.COMPLAINT_DEADLINE.name() + ":" + complaint.getId());
    row.setKind(BreachKind.COMPLAINT_DEADLINE.name());
    row.setCaseKey(complaint.getCaseKey() != null ? complaint.getCaseKey() : complaint.getId());
    row.setProcessInstanceId(execution.getProcessInstanceId());
    row.setProcessDefinitionKey(complaint.getServiceKey());
    row.setTouchpointId(complaint.getTouchpointId());
    row.setMoment("Complaint " + complaint.getId() + " answered");
    row.setLimit(timer.limit());
    row.setStartedMillis(timer.startedMillis());
    row.setDueMillis(timer.dueMillis());
    row.setDetectedMillis(clock.millis());
    record(row, commandContext);
  }

  private void record(BreachRowEntity row, CommandContext commandContext) {
    commandContext.getDbEntityManager().insert(row);
    Breach breach = toBreach(row);
    commandContext
        .getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, context -> dispatch(breach));
  }

  static Breach toBreach(BreachRowEntity row) {
    return new Breach(
        row.getId(),
        BreachKind.valueOf(row.getKind()),
        row.getCaseKey(),
        row.getProcessInstanceId(),
        row.getProcessDefinitionKey(),
        row.getTouchpointId(),
        row.getElementId(),
        row.getMoment(),
        row.getLimit(),
        Instant.ofEpochMilli(row.getStartedMillis()),
        Instant.ofEpochMilli(row.getDueMillis()),
        Instant.ofEpochMilli(row.getDetectedMillis()));
  }

  private void dispatch(Breach breach) {
    LOG.warn(
        "breach={} case={} process={} element={} moment=\"{}\" limit=\"{}\" started={} due={}",
        breach.kind(),
        breach.caseId(),
        breach.processDefinitionKey(),
        breach.elementId() == null ? "-" : breach.elementId(),
        breach.moment() == null ? "-" : breach.moment(),
        breach.limit(),
        breach.started(),
        breach.due());
    for (BreachListener listener : listeners) {
      try {
        listener.onBreach(breach);
      } catch (RuntimeException | LinkageError e) {
        SELF.warn(
            "Breach listener {} failed on {}; the other listeners are unaffected",
            listener.getClass().getName(),
            breach,
            e);
      }
    }
  }

  @Override
  public BreachTimer newConfiguration(String canonicalString) {
    return BreachTimer.parse(canonicalString);
  }

  @Override
  public void onDelete(BreachTimer configuration, JobEntity jobEntity) {}
}
