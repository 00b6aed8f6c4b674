package dev.prima.engine.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Thin hook: a user task touchpoint opens when its task is created; its first assignment (a claim)
 * is when the officer began to serve; completion names who served.
 */
final class TouchpointTaskListener implements TaskListener {

  private final TouchpointRecorder recorder;
  private final TouchpointDefinition definition;

  TouchpointTaskListener(TouchpointRecorder recorder, TouchpointDefinition definition) {
    this.recorder = recorder;
    this.definition = definition;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      recorder.taskCreated(task, definition);
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      // the engine fires it on every change of assignee, an unclaim (null) included
      if (task.getAssignee() != null) {
        recorder.taskAssigned(task, definition);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      recorder.taskCompleted(task);
    }
  }
}
