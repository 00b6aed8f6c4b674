package dev.prima.examples;

import dev.prima.internal.Messages;
import dev.prima.models.CertificateApplication;
import dev.prima.system.ModelTexts;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Prints, per application, each step that happened and who did it, read back from Camunda's history
 * (level audit or higher), and a summary line.
 */
final class ServiceHistoryReport {

  private final HistoryService history;
  private final ModelTexts models;
  private final Messages texts;

  ServiceHistoryReport(HistoryService history, ModelTexts models, Messages texts) {
    this.history = history;
    this.models = models;
    this.texts = texts;
  }

  void print(PrintWriter out) {
    List<HistoricProcessInstance> applications =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(CertificateApplication.PROCESS_KEY)
            .orderByProcessInstanceBusinessKey()
            .asc()
            .list();
    for (HistoricProcessInstance application : applications) {
      printApplication(application, out);
      out.println();
    }
    out.println(summary(applications));
  }

  private void printApplication(HistoricProcessInstance application, PrintWriter out) {
    Variables variables = variablesOf(application.getId());
    String key = application.getBusinessKey();
    out.printf(
        "%s  %s (%s)%n",
        key,
        variables.processVariable(CertificateApplication.CITIZEN_NAME.name()),
        variables.processVariable(CertificateApplication.CITIZEN_USER_ID.name()));
    List<HistoricActivityInstance> steps =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(application.getId())
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .orderPartiallyByOccurrence()
            .asc()
            .list();
    for (HistoricActivityInstance step : steps) {
      if (step.getActivityType().endsWith("Gateway")) {
        continue;
      }
      String actor = actorOf(step, application, texts.text("history.system"));
      String outcome = outcomeOf(step, variables);
      StringBuilder line = new StringBuilder(String.format("%s  %-22s", key, nameOf(step)));
      if (actor != null) {
        line.append(String.format("  %s %-14s", texts.text("history.by"), actor));
      }
      if (outcome != null) {
        line.append("  -> ").append(outcome);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** The step's name as the model gives it in the reader's language, else as Camunda has it. */
  private String nameOf(HistoricActivityInstance step) {
    return models
        .nameOf(step.getProcessDefinitionId(), step.getActivityId(), texts.locale())
        .orElse(step.getActivityName());
  }

  private static String actorOf(
      HistoricActivityInstance step, HistoricProcessInstance process, String system) {
    return switch (step.getActivityType()) {
      case "startEvent" -> process.getStartUserId();
      case "userTask" -> step.getAssignee();
      case "serviceTask" -> system;
      default -> null;
    };
  }

  private String outcomeOf(HistoricActivityInstance step, Variables variables) {
    if (step.getTaskId() != null) {
      return variables.taskVariable(step.getTaskId(), CertificateApplication.OUTCOME.name());
    }
    if (CertificateApplication.ISSUE_CERTIFICATE.equals(step.getActivityId())) {
      return texts.text(
          "history.certificate",
          variables.processVariable(CertificateApplication.CERTIFICATE_NUMBER.name()));
    }
    return null;
  }

  private String summary(List<HistoricProcessInstance> applications) {
    long served = applications.stream().filter(a -> a.getEndTime() != null).count();
    long sentBack =
        history
            .createHistoricActivityInstanceQuery()
            .activityId(CertificateApplication.BRING_MISSING_DOCUMENT)
            .list()
            .stream()
            .map(HistoricActivityInstance::getProcessInstanceId)
            .distinct()
            .count();
    return texts.text("history.summary", served, sentBack);
  }

  /** Task-local variables survive in history as deleted instances once their task is done. */
  private Variables variablesOf(String processInstanceId) {
    Map<String, Object> process = new HashMap<>();
    Map<String, Object> byTask = new HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .includeDeleted()
            .list()) {
      if (variable.getTaskId() != null) {
        byTask.put(variable.getTaskId() + "/" + variable.getName(), variable.getValue());
      } else {
        process.put(variable.getName(), variable.getValue());
      }
    }
    return new Variables(process, byTask);
  }

  private record Variables(Map<String, Object> process, Map<String, Object> byTask) {
    String processVariable(String name) {
      return Objects.toString(process.get(name), "?");
    }

    String taskVariable(String taskId, String name) {
      Object value = byTask.get(taskId + "/" + name);
      return value == null ? null : value.toString();
    }
  }
}
