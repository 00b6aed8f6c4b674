package dev.prima.engine.internal;

import dev.prima.voice.spi.VoiceEngine;
import dev.prima.voice.spi.VoiceTransaction;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/** Runs voice work as one engine command, so its rows commit with the engine's transaction. */
public final class VoiceCommands implements VoiceEngine {

  private final ProcessEngineConfigurationImpl configuration;

  private VoiceCommands(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The voice commands of an engine Prima's plugin is wired into. */
  public static VoiceCommands of(ProcessEngine engine) {
    return new VoiceCommands(((ProcessEngineImpl) engine).getProcessEngineConfiguration());
  }

  @Override
  public <T> T inTransaction(Function<VoiceTransaction, T> work) {
    Command<T> command =
        commandContext -> work.apply(new EngineVoiceTransaction(configuration, commandContext));
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
