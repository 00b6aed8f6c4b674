package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * One row of {@code PRIMA_JOURNAL}, written by {@link JournalWriter} after the engine's own
 * statements of the command (see {@link TouchpointSession}). Phase {@code START} opens a
 * touchpoint, {@code END} closes one opened in an earlier transaction, {@code FULL} is both, {@code
 * SERVE} notes when a user task was first assigned (its {@code START_MS_}: the officer called the
 * citizen). Mutable only until the write.
 */
final class JournalRow {

  static final String START = "START";
  static final String END = "END";
  static final String FULL = "FULL";
  static final String SERVE = "SERVE";

  /** The id suffix of a touchpoint's SERVE row; END rows end in {@code ~end}. */
  static final String SERVE_SUFFIX = "~serve";

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
  private boolean onlyIfAbsent;

  /** The top-level instance whose case the row belongs to, when known; not written. */
  private ExecutionEntity caseRoot;

  String getId() {
    return id;
  }

  void setId(String id) {
    this.id = id;
  }

  String getTouchpointId() {
    return touchpointId;
  }

  void setTouchpointId(String touchpointId) {
    this.touchpointId = touchpointId;
  }

  String getPhase() {
    return phase;
  }

  void setPhase(String phase) {
    this.phase = phase;
  }

  long getSequence() {
    return sequence;
  }

  void setSequence(long sequence) {
    this.sequence = sequence;
  }

  String getCaseKey() {
    return caseKey;
  }

  void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  String getRootProcessInstanceId() {
    return rootProcessInstanceId;
  }

  void setRootProcessInstanceId(String rootProcessInstanceId) {
    this.rootProcessInstanceId = rootProcessInstanceId;
  }

  String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  void setProcessDefinitionKey(String processDefinitionKey) {
    this.processDefinitionKey = processDefinitionKey;
  }

  int getProcessDefinitionVersion() {
    return processDefinitionVersion;
  }

  void setProcessDefinitionVersion(int processDefinitionVersion) {
    this.processDefinitionVersion = processDefinitionVersion;
  }

  String getElementId() {
    return elementId;
  }

  void setElementId(String elementId) {
    this.elementId = elementId;
  }

  String getElementName() {
    return elementName;
  }

  void setElementName(String elementName) {
    this.elementName = elementName;
  }

  String getMoment() {
    return moment;
  }

  void setMoment(String moment) {
    this.moment = moment;
  }

  String getChannel() {
    return channel;
  }

  void setChannel(String channel) {
    this.channel = channel;
  }

  String getLane() {
    return lane;
  }

  void setLane(String lane) {
    this.lane = lane;
  }

  String getKind() {
    return kind;
  }

  void setKind(String kind) {
    this.kind = kind;
  }

  String getUserId() {
    return userId;
  }

  void setUserId(String userId) {
    this.userId = userId;
  }

  String getRole() {
    return role;
  }

  void setRole(String role) {
    this.role = role;
  }

  String getTenantId() {
    return tenantId;
  }

  void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  Long getStartMillis() {
    return startMillis;
  }

  void setStartMillis(Long startMillis) {
    this.startMillis = startMillis;
  }

  Long getEndMillis() {
    return endMillis;
  }

  void setEndMillis(Long endMillis) {
    this.endMillis = endMillis;
  }

  Long getTargetMillis() {
    return targetMillis;
  }

  void setTargetMillis(Long targetMillis) {
    this.targetMillis = targetMillis;
  }

  String getOutcome() {
    return outcome;
  }

  void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  /** An exit or voice touchpoint's note (reason, complaint id); null on model touchpoints. */
  String getNote() {
    return note;
  }

  void setNote(String note) {
    this.note = note;
  }

  /** {@return the top-level instance the row's case key was taken from, or null} */
  ExecutionEntity getCaseRoot() {
    return caseRoot;
  }

  void setCaseRoot(ExecutionEntity caseRoot) {
    this.caseRoot = caseRoot;
  }

  /**
   * True for a SERVE row of a touchpoint opened in an earlier command: it is written only when the
   * journal has no row of its id yet, so a later assignment never moves the first one.
   */
  boolean isOnlyIfAbsent() {
    return onlyIfAbsent;
  }

  void setOnlyIfAbsent(boolean onlyIfAbsent) {
    this.onlyIfAbsent = onlyIfAbsent;
  }

  @Override
  public String toString() {
    return "JournalRow[" + phase + " " + touchpointId + " " + moment + "]";
  }
}
