package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.db.DbEntity;

/**
 * One row of {@code PRIMA_JOURNAL}, flushed by Camunda's entity manager with the engine's own
 * statements (same connection, same transaction, same JDBC batch). Phase {@code START} opens a
 * touchpoint, {@code END} closes one opened in an earlier transaction, {@code FULL} is both.
 * Mutable only until the flush, as Camunda's entities are.
 */
public final class JournalRowEntity implements DbEntity {

  static final String START = "START";
  static final String END = "END";
  static final String FULL = "FULL";

  private String id;
  private String touchpointId;
  private String phase;
  private long sequence;
  private String caseKey;
  private String processInstanceId;
  private String rootProcessInstanceId;
  private String processDefinitionKey;
  private int processDefinitionVersion;
  private String elementId;
  private String elementName;
  private String moment;
  private String channel;
  private String lane;
  private String kind;
  private String userId;
  private String role;
  private String tenantId;
  private Long startMillis;
  private Long endMillis;
  private Long targetMillis;
  private String outcome;
  private String note;

  @Override
  public String getId() {
    return id;
  }

  @Override
  public void setId(String id) {
    this.id = id;
  }

  /** Rows are never updated: a constant state keeps Camunda from issuing an update. */
  @Override
  public Object getPersistentState() {
    return JournalRowEntity.class;
  }

  public String getTouchpointId() {
    return touchpointId;
  }

  void setTouchpointId(String touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getPhase() {
    return phase;
  }

  void setPhase(String phase) {
    this.phase = phase;
  }

  public long getSequence() {
    return sequence;
  }

  void setSequence(long sequence) {
    this.sequence = sequence;
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

  public String getRootProcessInstanceId() {
    return rootProcessInstanceId;
  }

  void setRootProcessInstanceId(String rootProcessInstanceId) {
    this.rootProcessInstanceId = rootProcessInstanceId;
  }

  public String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  void setProcessDefinitionKey(String processDefinitionKey) {
    this.processDefinitionKey = processDefinitionKey;
  }

  public int getProcessDefinitionVersion() {
    return processDefinitionVersion;
  }

  void setProcessDefinitionVersion(int processDefinitionVersion) {
    this.processDefinitionVersion = processDefinitionVersion;
  }

  public String getElementId() {
    return elementId;
  }

  void setElementId(String elementId) {
    this.elementId = elementId;
  }

  public String getElementName() {
    return elementName;
  }

  void setElementName(String elementName) {
    this.elementName = elementName;
  }

  public String getMoment() {
    return moment;
  }

  void setMoment(String moment) {
    this.moment = moment;
  }

  public String getChannel() {
    return channel;
  }

  void setChannel(String channel) {
    this.channel = channel;
  }

  public String getLane() {
    return lane;
  }

  void setLane(String lane) {
    this.lane = lane;
  }

  public String getKind() {
    return kind;
  }

  void setKind(String kind) {
    this.kind = kind;
  }

  public String getUserId() {
    return userId;
  }

  void setUserId(String userId) {
    this.userId = userId;
  }

  public String getRole() {
    return role;
  }

  void setRole(String role) {
    this.role = role;
  }

  public String getTenantId() {
    return tenantId;
  }

  void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public Long getStartMillis() {
    return startMillis;
  }

  void setStartMillis(Long startMillis) {
    this.startMillis = startMillis;
  }

  public Long getEndMillis() {
    return endMillis;
  }

  void setEndMillis(Long endMillis) {
    this.endMillis = endMillis;
  }

  public Long getTargetMillis() {
    return targetMillis;
  }

  void setTargetMillis(Long targetMillis) {
    this.targetMillis = targetMillis;
  }

  public String getOutcome() {
    return outcome;
  }

  void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  /** An exit or voice touchpoint's note (reason, complaint id); null on model touchpoints. */
  public String getNote() {
    return note;
  }

  void setNote(String note) {
    this.note = note;
  }

  @Override
  public String toString() {
    return "JournalRowEntity[" + phase + " " + touchpointId + " " + moment + "]";
  }
}
