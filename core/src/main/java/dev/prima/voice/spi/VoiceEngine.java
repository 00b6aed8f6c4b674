package dev.prima.voice.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Runs exit, voice and rating work in one engine transaction. Implemented by Prima's engine adapter
 * and wired by {@link dev.prima.Prima}; not meant for users to implement.
 *
 * <p>Everything {@code work} does through its {@link VoiceTransaction}, including nested engine
 * calls such as deleting a process instance, commits together or not at all; an exception from
 * {@code work} rolls it all back and is rethrown. Runs on the calling thread.
 */
@API(status = INTERNAL, since = "0.1.0")
public interface VoiceEngine {

  /**
   * Runs {@code work} in one engine transaction, on the calling thread.
   *
   * @param work the work; its result is returned
   * @param <T> the result type
   * @return what {@code work} returned
   */
  <T> T inTransaction(Function<VoiceTransaction, T> work);
}
