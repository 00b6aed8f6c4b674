package dev.prima.engine.internal;

import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.TouchpointDeclaration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/** Maps engine events on a touchpoint element to journal rows. Stateless; one per engine. */
public final class TouchpointRecorder {

  /** Delete reasons starting with this (case-insensitive) mark a withdrawal by the citizen. */
  public static final String WITHDRAWAL_REASON_PREFIX = "withdrawn";

  private final Clock clock;
  private final WorkingCalendar calendar;

  public TouchpointRecorder(Clock clock, WorkingCalendar calendar) {
    this.clock = clock;
    this.calendar = calendar;
  }

  /** Opens a touchpoint and, when it has a target, schedules the timer that notices an overrun. */
  private void open(ExecutionEntity execution, TouchpointDefinition definition, JournalRow entry) {
    TouchpointSession.current().opened(entry);
    ServiceDuration target = definition.target();
    if (target != null) {
      Instant start = Instant.ofEpochMilli(entry.getStartMillis());
      BreachJobHandler.schedule(
          execution,
          new BreachTimer(
              BreachKind.TOUCHPOINT_TARGET,
              entry.getTouchpointId(),
              definition.elementId(),
              definition.declaration().moment(),
              target.toString(),
              start.toEpochMilli(),
              calendar.add(start, target).toEpochMilli()));
    }
  }

  void started(DelegateExecution delegate, TouchpointDefinition definition) {
    ExecutionEntity execution = (ExecutionEntity) delegate;
    JournalRow entry = entry(execution, definition, execution.getActivityInstanceId());
    entry.setStartMillis(clock.millis());
    entry.setRole(definition.literalRole());
    entry.setUserId(userOf(definition));
    open(execution, definition, entry);
  }

  void taskCreated(DelegateTask task, TouchpointDefinition definition) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    JournalRow entry = entry(execution, definition, execution.getActivityInstanceId());
    // the task's own create time, so an end heard in a later transaction gets the same start
    entry.setStartMillis(
        task.getCreateTime() != null ? task.getCreateTime().getTime() : clock.millis());
    String groups = candidateGroups(task);
    entry.setRole(groups == null ? definition.literalRole() : groups);
    entry.setUserId(task.getAssignee());
    open(execution, definition, entry);
  }

  /** The task's candidate groups, sorted and comma-separated; null when it has none. */
  private static String candidateGroups(DelegateTask task) {
    Set<IdentityLink> candidates = task.getCandidates();
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> groups = new ArrayList<>(candidates.size());
    for (IdentityLink candidate : candidates) {
      if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return null;
    }
    Collections.sort(groups);
    return String.join(",", groups);
  }

  /**
   * A user task got an assignee: the officer called the citizen. Only the first assignment of the
   * touchpoint is kept ({@link TouchpointSession#served}).
   */
  void taskAssigned(DelegateTask task, TouchpointDefinition definition) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    String touchpointId = execution.getActivityInstanceId();
    JournalRow entry = entry(execution, definition, touchpointId);
    entry.setId(touchpointId + JournalRow.SERVE_SUFFIX);
    entry.setPhase(JournalRow.SERVE);
    entry.setStartMillis(clock.millis());
    entry.setUserId(task.getAssignee());
    TouchpointSession.current().served(entry);
  }

  void taskCompleted(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    String userId = task.getAssignee();
    if (userId == null) {
      userId = Context.getCommandContext().getAuthenticatedUserId();
    }
    Long created = task.getCreateTime() == null ? null : task.getCreateTime().getTime();
    TouchpointSession.current()
        .noteServedBy(
            execution.getActivityInstanceId(), new TouchpointSession.ServedBy(userId, created));
  }

  void ended(DelegateExecution delegate, TouchpointDefinition definition) {
    ExecutionEntity execution = (ExecutionEntity) delegate;
    String touchpointId = execution.getActivityInstanceId();
    JournalRow entry = entry(execution, definition, touchpointId);
    entry.setEndMillis(clock.millis());
    entry.setOutcome(outcomeOf(execution).name());
    entry.setRole(definition.literalRole());
    if (definition.target() != null) {
      BreachJobHandler.cancelTargetTimer(execution, touchpointId);
    }
    TouchpointSession session = TouchpointSession.current();
    TouchpointSession.ServedBy servedBy = session.servedBy(touchpointId);
    if (servedBy != null) {
      entry.setUserId(servedBy.userId());
      entry.setStartMillis(servedBy.startMillis());
    } else {
      entry.setUserId(userOf(definition));
    }
    session.closed(entry);
  }

  /**
   * Who served at a step that is not a user task: whoever's command ran it, except at a step the
   * system does itself (a service task run as part of a section head's approval was not served by
   * the section head).
   */
  private static String userOf(TouchpointDefinition definition) {
    return definition.automated() ? null : Context.getCommandContext().getAuthenticatedUserId();
  }

  private JournalRow entry(
      ExecutionEntity execution, TouchpointDefinition definition, String touchpointId) {
    TouchpointDeclaration declaration = definition.declaration();
    ExecutionEntity processInstance = execution.getProcessInstance();
    ExecutionEntity root = Cases.root(execution);
    ProcessDefinitionEntity processDefinition =
        (ProcessDefinitionEntity) execution.getProcessDefinition();
    JournalRow entry = new JournalRow();
    entry.setId(touchpointId);
    entry.setTouchpointId(touchpointId);
    entry.setPhase(JournalRow.START);
    entry.setSequence(Sequence.next());
    entry.setCaseKey(Cases.caseKey(root));
    entry.setCaseRoot(root);
    entry.setProcessInstanceId(processInstance.getId());
    entry.setRootProcessInstanceId(root.getId());
    entry.setProcessDefinitionKey(processDefinition.getKey());
    entry.setProcessDefinitionVersion(processDefinition.getVersion());
    entry.setElementId(definition.elementId());
    entry.setElementName(definition.elementName());
    entry.setMoment(declaration.moment());
    entry.setChannel(declaration.channel() == null ? null : declaration.channel().name());
    entry.setLane(declaration.lane() == null ? null : declaration.lane().name());
    entry.setKind(declaration.kind().name());
    entry.setTenantId(execution.getTenantId());
    ServiceDuration target = definition.target();
    entry.setTargetMillis(
        target != null && !target.isWorkingTime() ? target.calendar().toMillis() : null);
    entry.setOutcome(Outcome.ACTIVE.name());
    return entry;
  }

  private static Outcome outcomeOf(ExecutionEntity execution) {
    if (!execution.isCanceled()) {
      return Outcome.COMPLETED;
    }
    for (ExecutionEntity scope = execution; scope != null; scope = scope.getParent()) {
      String reason = scope.getDeleteReason();
      if (reason != null && scope.isProcessInstanceExecution()) {
        return reason.toLowerCase(Locale.ROOT).startsWith(WITHDRAWAL_REASON_PREFIX)
            ? Outcome.WITHDRAWN
            : Outcome.CANCELLED;
      }
    }
    return Outcome.INTERRUPTED;
  }
}
