package dev.prima.engine.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Thin hook: the start or end of a touchpoint element goes to the recorder. */
final class TouchpointExecutionListener implements ExecutionListener {

  private final TouchpointRecorder recorder;
  private final TouchpointDefinition definition;
  private final boolean start;

  TouchpointExecutionListener(
      TouchpointRecorder recorder, TouchpointDefinition definition, boolean start) {
    this.recorder = recorder;
    this.definition = definition;
    this.start = start;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (start) {
      recorder.started(execution, definition);
    } else {
      recorder.ended(execution, definition);
    }
  }
}
