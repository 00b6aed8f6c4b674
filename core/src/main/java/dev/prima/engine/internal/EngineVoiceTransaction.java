package dev.prima.engine.internal;

import dev.prima.strategy.BreachKind;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.Complaint;
import dev.prima.voice.TouchpointRating;
import dev.prima.voice.spi.CaseInstance;
import dev.prima.voice.spi.JournalEntry;
import dev.prima.voice.spi.VoiceTransaction;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Voice work inside one engine command; nested engine calls join its transaction. */
final class EngineVoiceTransaction implements VoiceTransaction {

  private final ProcessEngineConfigurationImpl configuration;
  private final CommandContext commandContext;

  EngineVoiceTransaction(
      ProcessEngineConfigurationImpl configuration, CommandContext commandContext) {
    this.configuration = configuration;
    this.commandContext = commandContext;
  }

  @Override
  public List<CaseInstance> runningInstances(String caseId) {
    List<ProcessInstance> found =
        configuration
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .list();
    String key = caseId;
    if (found.isEmpty()) {
      found =
          configuration
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(caseId)
              .list();
      String businessKey = found.isEmpty() ? null : found.get(0).getBusinessKey();
      if (businessKey != null) {
        return runningInstances(businessKey); // one case, one key: its business key
      }
    }
    List<CaseInstance> instances = new ArrayList<>();
    for (ProcessInstance instance : found) {
      ExecutionEntity execution =
          commandContext.getExecutionManager().findExecutionById(instance.getId());
      if (execution == null || execution.getSuperExecutionId() != null) {
        continue; // a called child carrying the business key is part of its parent's case
      }
      ProcessDefinitionEntity definition =
          (ProcessDefinitionEntity) execution.getProcessDefinition();
      instances.add(
          new CaseInstance(
              key,
              execution.getId(),
              definition.getKey(),
              definition.getVersion(),
              execution.getTenantId()));
    }
    return instances;
  }

  @Override
  public String caseKeyOf(String caseId) {
    if (configuration
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .count()
        > 0) {
      return caseId;
    }
    ProcessInstance running =
        configuration
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(caseId)
            .singleResult();
    if (running != null) {
      return running.getBusinessKey() != null ? running.getBusinessKey() : caseId;
    }
    HistoricProcessInstance finished =
        configuration
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(caseId)
            .singleResult();
    return finished != null && finished.getBusinessKey() != null
        ? finished.getBusinessKey()
        : caseId;
  }

  @Override
  public Touchpoint record(CaseInstance instance, JournalEntry entry) {
    return record(
        instance,
        entry,
        entry.userId() != null ? entry.userId() : commandContext.getAuthenticatedUserId());
  }

  @Override
  public Touchpoint recordWithoutUser(CaseInstance instance, JournalEntry entry) {
    return record(instance, entry, null);
  }

  private Touchpoint record(CaseInstance instance, JournalEntry entry, String userId) {
    String id = UUID.randomUUID().toString();
    long at = entry.at().toEpochMilli();
    JournalRow row = new JournalRow();
    row.setId(id);
    row.setTouchpointId(id);
    row.setPhase(JournalRow.FULL);
    row.setSequence(Sequence.next());
    row.setCaseKey(instance.caseId());
    row.setProcessInstanceId(instance.processInstanceId());
    row.setRootProcessInstanceId(instance.processInstanceId());
    row.setProcessDefinitionKey(instance.processDefinitionKey());
    row.setProcessDefinitionVersion(instance.processDefinitionVersion());
    row.setElementId(entry.elementId());
    row.setMoment(entry.moment());
    row.setChannel(entry.channel() == null ? null : entry.channel().name());
    row.setLane(entry.lane() == null ? null : entry.lane().name());
    row.setKind(entry.kind().name());
    row.setUserId(userId);
    row.setTenantId(instance.tenantId());
    row.setStartMillis(at);
    row.setEndMillis(at);
    row.setOutcome(Outcome.COMPLETED.name());
    row.setNote(entry.note());
    TouchpointSession.current().recordedWhole(row);
    return JournalEntries.toTouchpoint(row);
  }

  @Override
  public void endInstance(CaseInstance instance, String deleteReason) {
    configuration
        .getRuntimeService()
        .deleteProcessInstance(instance.processInstanceId(), deleteReason);
  }

  @Override
  public Optional<String> startProcess(
      String processKey, String businessKey, Map<String, Object> variables) {
    long deployed =
        configuration
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .count();
    if (deployed == 0) {
      return Optional.empty();
    }
    IdentityService identity = configuration.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication(); // no start user, no operation log entry naming the caller
    try {
      return Optional.of(
          configuration
              .getRuntimeService()
              .startProcessInstanceByKey(processKey, businessKey, new HashMap<>(variables))
              .getId());
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  @Override
  public void insertComplaint(Complaint complaint) {
    VoiceRowEntity row = new VoiceRowEntity();
    row.setId(complaint.id());
    row.setKind(complaint.kind().name());
    row.setCaseKey(complaint.caseId());
    row.setServiceKey(complaint.serviceKey());
    row.setTouchpointId(complaint.touchpointId());
    row.setChannel(complaint.channel() == null ? null : complaint.channel().name());
    row.setText(complaint.text());
    row.setTier(complaint.tier().name());
    row.setLodgedMillis(complaint.lodged().toEpochMilli());
    row.setDeadlineMillis(complaint.deadline().toEpochMilli());
    row.setDeadlineLimit(complaint.deadlineLimit());
    row.setHandlingProcessInstanceId(complaint.handlingProcessInstanceId());
    commandContext.getDbEntityManager().insert(row);
    ComplainantTable.insert(connection(), complaint.id(), complaint.complainant());
  }

  @Override
  public boolean eraseComplainant(String complaintId, String replacement) {
    return ComplainantTable.erase(connection(), complaintId, replacement);
  }

  /** The command's own connection: plain JDBC on it commits or rolls back with the command. */
  private Connection connection() {
    return commandContext.getDbSqlSession().getSqlSession().getConnection();
  }

  @Override
  public boolean watchDeadline(Complaint complaint) {
    String handling = complaint.handlingProcessInstanceId();
    ExecutionEntity execution =
        handling == null ? null : commandContext.getExecutionManager().findExecutionById(handling);
    if (execution == null || execution.isEnded()) {
      return false;
    }
    BreachJobHandler.schedule(
        execution,
        new BreachTimer(
            BreachKind.COMPLAINT_DEADLINE,
            complaint.id(),
            null,
            null,
            complaint.deadlineLimit(),
            complaint.lodged().toEpochMilli(),
            complaint.deadline().toEpochMilli()));
    return true;
  }

  @Override
  public void answerComplaint(Complaint complaint, Instant answered, String outcome) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", complaint.id());
    parameters.put("answeredMillis", answered.toEpochMilli());
    parameters.put("outcome", outcome);
    commandContext
        .getDbEntityManager()
        .update(VoiceRowEntity.class, "updatePrimaVoiceAnswer", parameters);
    String handling = complaint.handlingProcessInstanceId();
    ExecutionEntity execution =
        handling == null ? null : commandContext.getExecutionManager().findExecutionById(handling);
    if (execution != null) {
      BreachJobHandler.cancelComplaintTimer(execution, complaint.id());
    }
  }

  @Override
  public void insertRating(TouchpointRating rating) {
    RatingRowEntity row = new RatingRowEntity();
    row.setId(rating.id());
    row.setTouchpointId(rating.touchpointId());
    row.setCaseKey(rating.caseId());
    row.setElementId(rating.elementId());
    row.setProcessDefinitionKey(rating.processDefinitionKey());
    row.setScale(rating.rating().scale());
    row.setValue(rating.rating().value());
    row.setComment(rating.comment());
    row.setRatedMillis(rating.rated().toEpochMilli());
    commandContext.getDbEntityManager().insert(row);
  }
}
