package dev.prima.voice.spi;

import java.util.function.Function;

/**
 * Runs exit, voice and rating work in one engine transaction. Implemented by Prima's engine adapter
 * and wired by {@link dev.prima.Prima}; not meant for users to implement.
 *
 * <p>Everything {@code work} does through its {@link VoiceTransaction}, including nested engine
 * calls such as deleting a process instance, commits together or not at all; an exception from
 * {@code work} rolls it all back and is rethrown. Runs on the calling thread.
 */
public interface VoiceEngine {

  <T> T inTransaction(Function<VoiceTransaction, T> work);
}
