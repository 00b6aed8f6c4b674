package dev.prima.system.internal;

import dev.prima.PrimaException;
import dev.prima.internal.Arguments;
import dev.prima.internal.Translations;
import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.ServiceStandards;
import dev.prima.strategy.StandardProperties;
import dev.prima.strategy.WorkingCalendar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** Standards of deployed services (BPMN first, then Java) and breaches read from the journal. */
public final class DeployedStandards implements ServiceStandards {

  private final ProcessEngine engine;
  private final Map<String, ServiceStandard> javaStandards;
  private final WorkingCalendar calendar;
  private final DataSource dataSource;

  public DeployedStandards(
      ProcessEngine engine,
      Map<String, ServiceStandard> javaStandards,
      WorkingCalendar calendar,
      DataSource dataSource) {
    this.engine = engine;
    this.javaStandards = Map.copyOf(javaStandards);
    this.calendar = calendar;
    this.dataSource = dataSource;
  }

  @Override
  public Optional<ServiceStandard> of(String processDefinitionKey) {
    return read(processDefinitionKey, null);
  }

  @Override
  public Optional<ServiceStandard> of(String processDefinitionKey, Locale locale) {
    return read(processDefinitionKey, Objects.requireNonNull(locale, "locale must not be null"));
  }

  /** The standard with its texts for {@code locale}; the model's own texts when it is null. */
  private Optional<ServiceStandard> read(String processDefinitionKey, Locale locale) {
    Arguments.key("processDefinitionKey", processDefinitionKey);
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processDefinitionKey)
            .latestVersion()
            .singleResult();
    if (definition != null) {
      BpmnModelInstance model =
          engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      Process process = model.getModelElementById(processDefinitionKey);
      if (process != null) {
        Map<String, String> properties = ModelProperties.of(process);
        if (locale != null) {
          properties = Translations.in(locale, properties, StandardProperties.TRANSLATABLE);
        }
        Optional<ServiceStandard> declared =
            ServiceStandard.read(processDefinitionKey, properties, ModelProperties.targets(process))
                .standard();
        if (declared.isPresent()) {
          return declared;
        }
      }
    }
    return Optional.ofNullable(javaStandards.get(processDefinitionKey));
  }

  @Override
  public WorkingCalendar calendar() {
    return calendar;
  }

  @Override
  public List<Breach> breachesOf(String caseId) {
    return query("CASE_KEY_ = ?", Arguments.key("caseId", caseId));
  }

  @Override
  public List<Breach> breachesOfService(String processDefinitionKey) {
    return query("PROC_DEF_KEY_ = ?", Arguments.key("processDefinitionKey", processDefinitionKey));
  }

  @Override
  public List<Breach> breachesOfService(String processDefinitionKey, Instant from, Instant to) {
    checkPeriod(processDefinitionKey, from, to);
    // the range on DUE_MS_ uses PRIMA_BREACH_DUE_IDX (schema version 7)
    return query(
        "PROC_DEF_KEY_ = ? and DUE_MS_ >= ? and DUE_MS_ < ?",
        processDefinitionKey,
        from.toEpochMilli(),
        to.toEpochMilli());
  }

  @Override
  public List<Breach> breachesOfServiceStarted(
      String processDefinitionKey, Instant from, Instant to) {
    checkPeriod(processDefinitionKey, from, to);
    // the range on STARTED_MS_ uses PRIMA_BREACH_START_IDX (schema version 9)
    return query(
        "PROC_DEF_KEY_ = ? and STARTED_MS_ >= ? and STARTED_MS_ < ?",
        processDefinitionKey,
        from.toEpochMilli(),
        to.toEpochMilli());
  }

  private static void checkPeriod(String processDefinitionKey, Instant from, Instant to) {
    Arguments.key("processDefinitionKey", processDefinitionKey);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "from must be before to, but was "
              + from
              + " and "
              + to
              + " for "
              + processDefinitionKey);
    }
  }

  private List<Breach> query(String condition, Object... values) {
    String sql =
        "select ID_, KIND_, CASE_KEY_, PROC_INST_ID_, PROC_DEF_KEY_, TOUCHPOINT_ID_, ELEMENT_ID_,"
            + " MOMENT_, LIMIT_, STARTED_MS_, DUE_MS_, DETECTED_MS_ from PRIMA_BREACH where "
            + condition
            + " order by DETECTED_MS_, ID_";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      List<Breach> breaches = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          breaches.add(
              new Breach(
                  rows.getString(1),
                  BreachKind.valueOf(rows.getString(2)),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  Instant.ofEpochMilli(rows.getLong(10)),
                  Instant.ofEpochMilli(rows.getLong(11)),
                  Instant.ofEpochMilli(rows.getLong(12))));
        }
      }
      return breaches;
    } catch (SQLException e) {
      throw new PrimaException("Cannot read breaches: " + e.getMessage(), e);
    }
  }
}
