package dev.prima.touchpoint;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Fails on its first call, as a registry that is briefly down would. */
public class FlakyDelegate implements JavaDelegate {
  static final AtomicInteger CALLS = new AtomicInteger();

  @Override
  public void execute(DelegateExecution execution) {
    if (CALLS.incrementAndGet() == 1) {
      throw new IllegalStateException("population registry unavailable");
    }
  }
}
