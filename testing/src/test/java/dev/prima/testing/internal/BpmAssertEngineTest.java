package dev.prima.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** camunda-bpm-assert is optional: found when present, silently skipped when not. */
class BpmAssertEngineTest {

  @Test
  void findsCamundaAssertOnTheTestClassPath() {
    assertThat(BpmAssertEngine.present()).isTrue();
  }

  @Test
  void doesWithoutCamundaAssertWhenTheClassPathLacksIt() throws Exception {
    try (URLClassLoader bare =
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      assertThat(BpmAssertEngine.present(bare)).isFalse();
    }
  }
}
