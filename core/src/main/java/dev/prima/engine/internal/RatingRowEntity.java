package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.db.DbEntity;

/** One row of {@code PRIMA_RATING}, flushed with the engine's transaction. Never updated. */
public final class RatingRowEntity implements DbEntity {

  private String id;
  private String touchpointId;
  private String caseKey;
  private String elementId;
  private String processDefinitionKey;
  private String scale;
  private String value;
  private String comment;
  private long ratedMillis;

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
    return RatingRowEntity.class;
  }

  public String getTouchpointId() {
    return touchpointId;
  }

  void setTouchpointId(String touchpointId) {
    this.touchpointId = touchpointId;
  }

  public String getCaseKey() {
    return caseKey;
  }

  void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public String getElementId() {
    return elementId;
  }

  void setElementId(String elementId) {
    this.elementId = elementId;
  }

  public String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  void setProcessDefinitionKey(String processDefinitionKey) {
    this.processDefinitionKey = processDefinitionKey;
  }

  public String getScale() {
    return scale;
  }

  void setScale(String scale) {
    this.scale = scale;
  }

  public String getValue() {
    return value;
  }

  void setValue(String value) {
    this.value = value;
  }

  public String getComment() {
    return comment;
  }

  void setComment(String comment) {
    this.comment = comment;
  }

  public long getRatedMillis() {
    return ratedMillis;
  }

  void setRatedMillis(long ratedMillis) {
    this.ratedMillis = ratedMillis;
  }
}
