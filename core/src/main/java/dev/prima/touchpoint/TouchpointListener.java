package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Told of each touchpoint after the engine transaction that recorded it has committed: once when a
 * moment starts ({@link Outcome#ACTIVE}) and once when it ends. A moment that starts and ends in
 * one transaction (a service task, an event) is told once, ended.
 *
 * <p>Calls come on the thread that committed (the caller's or a job executor thread), in the order
 * the touchpoints were recorded in that transaction, after the journal rows are durable. A listener
 * that throws is logged and skipped: it neither fails the engine command nor stops the other
 * listeners. Never called for a rolled-back transaction.
 *
 * <p>Register on {@code Prima.builder().listener(...)} or {@code
 * PrimaPlugin.custom().listener(...)}, or list the class in {@code
 * META-INF/services/dev.prima.touchpoint.TouchpointListener}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface TouchpointListener {

  /**
   * Called once per touchpoint notification, after commit; see the class comment for order and
   * threads.
   *
   * @param touchpoint the touchpoint as recorded: active when it starts, ended when it ends
   */
  void onTouchpoint(Touchpoint touchpoint);
}
