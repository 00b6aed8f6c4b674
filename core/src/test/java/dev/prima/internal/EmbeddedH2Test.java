package dev.prima.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2Test {

  @TempDir Path dir;

  @Test
  void theEmbeddedDefaultWithoutH2FailsInOneLineNamingTheDependency() throws Exception {
    try (URLClassLoader withoutH2 = classPathWithoutH2()) {
      Class<?> prima = Class.forName("dev.prima.Prima", true, withoutH2);

      Throwable inMemory = causeOf(() -> prima.getMethod("inMemory").invoke(null));
      Object builder = prima.getMethod("builder").invoke(null);
      builder.getClass().getMethod("h2File", Path.class).invoke(builder, dir.resolve("office"));
      Throwable h2File = causeOf(() -> builder.getClass().getMethod("build").invoke(builder));

      for (Throwable failure : List.of(inMemory, h2File)) {
        assertThat(failure.getClass().getName()).isEqualTo("dev.prima.PrimaConfigurationException");
        assertThat(failure.getMessage())
            .startsWith("H2 is not on the class path")
            .contains("Fix: add the dependency com.h2database:h2:2.3.232")
            .contains(
                "<groupId>com.h2database</groupId><artifactId>h2</artifactId>"
                    + "<version>2.3.232</version>")
            .doesNotContain("\n");
      }
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void theVersionNamedInTheMessageIsTheOneTheBuildTestsWith() {
    assertThat(EmbeddedH2.VERSION).isEqualTo(org.h2.engine.Constants.VERSION);
  }

  @Test
  void withH2OnTheClassPathNothingIsThrown() {
    EmbeddedH2.require(EmbeddedH2Test.class.getClassLoader());

    assertThat(EmbeddedH2.isH2("jdbc:h2:mem:x")).isTrue();
    assertThat(EmbeddedH2.isH2("jdbc:postgresql://127.0.0.1/prima")).isFalse();
  }

  /** This test run's class path less H2's jar, above the platform loader only. */
  private static URLClassLoader classPathWithoutH2() throws Exception {
    String h2 =
        new File(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getCanonicalPath();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !new File(entry).getCanonicalPath().equals(h2)) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    assertThat(loader.getResource("org/h2/Driver.class")).as("H2 left out").isNull();
    assertThat(loader.getResource("dev/prima/Prima.class")).as("Prima kept").isNotNull();
    return loader;
  }

  private interface Call {
    void run() throws Exception;
  }

  private static Throwable causeOf(Call call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(InvocationTargetException.class);
    return thrown.getCause();
  }
}
