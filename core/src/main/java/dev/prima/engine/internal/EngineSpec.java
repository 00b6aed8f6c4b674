package dev.prima.engine.internal;

import dev.prima.engine.PrimaPlugin;
import javax.sql.DataSource;

/** Everything needed to build an engine; the builder in {@code dev.prima.Prima} validated it. */
public record EngineSpec(
    String jdbcUrl,
    String user,
    String password,
    DataSource dataSource,
    String history,
    boolean jobExecutor,
    String schemaUpdate,
    String engineName,
    PrimaPlugin plugin) {

  @Override
  public String toString() {
    return "EngineSpec[engine=" + engineName + ", url=" + jdbcUrl + ", user=" + user + "]";
  }
}
