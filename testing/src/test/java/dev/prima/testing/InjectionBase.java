package dev.prima.testing;

import dev.prima.Prima;
import org.camunda.bpm.engine.RuntimeService;

/** A superclass whose fields the extension fills too. */
abstract class InjectionBase {

  Prima inheritedPrima;
  protected RuntimeService inheritedRuntime;
}
