package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.db.DbEntity;

/**
 * One row of {@code PRIMA_VOICE}; inserted, read back by the deadline timer, answered by a bulk
 * update.
 */
public final class VoiceRowEntity implements DbEntity {

  private String id;
  private String kind;
  private String caseKey;
  private String serviceKey;
  private String touchpointId;
  private String channel;
  private String text;
  private String tier;
  private Long lodgedMillis;
  private Long deadlineMillis;
  private String deadlineLimit;
  private Long answeredMillis;
  private String outcome;
  private String handlingProcessInstanceId;

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
    return VoiceRowEntity.class;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public String getServiceKey() {
    return serviceKey;
  }

  public void setServiceKey(String serviceKey) {
    this.serviceKey = serviceKey;
  }

  public String getTouchpointId() {
    return touchpointId;
  }

  public void setTouchpointId(String touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public Long getLodgedMillis() {
    return lodgedMillis;
  }

  public void setLodgedMillis(Long lodgedMillis) {
    this.lodgedMillis = lodgedMillis;
  }

  public Long getDeadlineMillis() {
    return deadlineMillis;
  }

  public void setDeadlineMillis(Long deadlineMillis) {
    this.deadlineMillis = deadlineMillis;
  }

  public String getDeadlineLimit() {
    return deadlineLimit;
  }

  public void setDeadlineLimit(String deadlineLimit) {
    this.deadlineLimit = deadlineLimit;
  }

  public Long getAnsweredMillis() {
    return answeredMillis;
  }

  public void setAnsweredMillis(Long answeredMillis) {
    this.answeredMillis = answeredMillis;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getHandlingProcessInstanceId() {
    return handlingProcessInstanceId;
  }

  public void setHandlingProcessInstanceId(String handlingProcessInstanceId) {
    this.handlingProcessInstanceId = handlingProcessInstanceId;
  }
}
