package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.db.DbEntity;

/** One row of {@code PRIMA_BREACH}, flushed with the timer job's transaction. Never updated. */
public final class BreachRowEntity implements DbEntity {

  private String id;
  private String kind;
  private String caseKey;
  private String processInstanceId;
  private String processDefinitionKey;
  private String touchpointId;
  private String elementId;
  private String moment;
  private String limit;
  private long startedMillis;
  private long dueMillis;
  private long detectedMillis;

  @Override
  public String getId() {
    return id;
  }

  @Override
  public void setId(String id) {
    this.id = id;
  }

  @Override
  public Object getPersistentState() {
    return BreachRowEntity.class;
  }

  public String getKind() {
    return kind;
  }

  void setKind(String kind) {
    this.kind = kind;
  }

  public String getCaseKey() {
    return caseKey;
  }

  void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  void setProcessDefinitionKey(String processDefinitionKey) {
    this.processDefinitionKey = processDefinitionKey;
  }

  public String getTouchpointId() {
    return touchpointId;
  }

  void setTouchpointId(String touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getElementId() {
    return elementId;
  }

  void setElementId(String elementId) {
    this.elementId = elementId;
  }

  public String getMoment() {
    return moment;
  }

  void setMoment(String moment) {
    this.moment = moment;
  }

  public String getLimit() {
    return limit;
  }

  void setLimit(String limit) {
    this.limit = limit;
  }

  public long getStartedMillis() {
    return startedMillis;
  }

  void setStartedMillis(long startedMillis) {
    this.startedMillis = startedMillis;
  }

  public long getDueMillis() {
    return dueMillis;
  }

  void setDueMillis(long dueMillis) {
    this.dueMillis = dueMillis;
  }

  public long getDetectedMillis() {
    return detectedMillis;
  }

  void setDetectedMillis(long detectedMillis) {
    this.detectedMillis = detectedMillis;
  }
}
