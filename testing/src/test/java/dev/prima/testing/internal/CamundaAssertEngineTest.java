package dev.prima.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** camunda-bpm-assert is optional: found when present, silently skipped when not. */
class CamundaAssertEngineTest {

  @Test
  void findsCamundaAssertOnTheTestClassPath() {
    assertThat(CamundaAssertEngine.present()).isTrue();
  }

  @Test
  void doesWithoutCamundaAssertWhenTheClassPathLacksIt() throws Exception {
    try (URLClassLoader bare =
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      assertThat(CamundaAssertEngine.present(bare)).isFalse();
    }
  }
}
