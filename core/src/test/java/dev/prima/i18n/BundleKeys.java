package dev.prima.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a resource bundle of Prima's two languages: the English root {@code <base>.properties} and
 * {@code <base>_id.properties} have the same keys, no empty text, and every key is used somewhere
 * in the given sources or templates (as a quoted literal, or as {@code #{key}} in a Thymeleaf
 * template). Shared by every module's bundle test through core's test jar.
 */
public final class BundleKeys {

  private static final Pattern THYMELEAF_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

  private BundleKeys() {}

  /**
   * The keys of the bundle file {@code resource} (e.g. {@code
   * dev/prima/report/messages.properties}).
   */
  public static Set<String> keys(String resource) {
    try (InputStream in = BundleKeys.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("bundle file %s on the class path", resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      properties.forEach(
          (key, value) ->
              assertThat(value.toString().strip())
                  .as("text of '%s' in %s", key, resource)
                  .isNotEmpty());
      return new TreeSet<>(properties.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the English and Indonesian files of bundle {@code base} (a resource path without
   * {@code .properties}) have exactly the same keys.
   */
  public static Set<String> assertBothLanguages(String base) {
    Set<String> english = keys(base + ".properties");
    Set<String> indonesian = keys(base + "_id.properties");
    assertThat(indonesian)
        .as(
            "keys of %s_id.properties (Bahasa Indonesia) against %s.properties (English)",
            base, base)
        .containsExactlyInAnyOrderElementsOf(english);
    return english;
  }

  /**
   * Asserts that every key appears in a file under {@code roots} (directories relative to the
   * module, e.g. {@code src/main/java}, {@code src/main/resources}), either quoted ({@code
   * "report.title"}) or in a Thymeleaf message expression ({@code #{report.title}}). Keys built at
   * run time are passed as {@code dynamic} prefixes (e.g. {@code "grade."}).
   */
  public static void assertAllUsed(Set<String> keys, Set<String> dynamic, String... roots) {
    Set<String> used = new TreeSet<>();
    StringBuilder all = new StringBuilder();
    for (String root : roots) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files
            .filter(Files::isRegularFile)
            .filter(f -> !f.toString().endsWith(".properties"))
            .forEach(
                f -> {
                  try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    all.append(text).append('\n');
                    Matcher m = THYMELEAF_KEY.matcher(text);
                    while (m.find()) {
                      used.add(m.group(1));
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String sources = all.toString();
    Set<String> unused = new TreeSet<>();
    for (String key : keys) {
      boolean quoted = sources.contains("\"" + key + "\"");
      boolean built = dynamic.stream().anyMatch(key::startsWith);
      if (!quoted && !built && !used.contains(key)) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys no source or template uses").isEmpty();
  }
}
