package dev.prima.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.touchpoint.Channel;
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
import org.junit.jupiter.api.Test;

/**
 * The pages' bundle: Bahasa Indonesia (the root, messages.properties) and English
 * (messages_en.properties) have the same keys, none empty, each used by a template or the code.
 */
class PageTextsTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

  @Test
  void bothLanguagesHaveTheSameKeysAndEachIsUsed() throws IOException {
    Set<String> indonesian = keys("messages.properties");
    Set<String> english = keys("messages_en.properties");

    assertThat(english).as("keys of messages_en against messages").isEqualTo(indonesian);
    StringBuilder sources = new StringBuilder();
    Set<String> used = new TreeSet<>();
    for (String root : new String[] {"src/main/java", "src/main/resources/templates"}) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          sources.append(text).append('\n');
          Matcher key = TEMPLATE_KEY.matcher(text);
          while (key.find()) {
            used.add(key.group(1));
          }
        }
      }
    }
    Set<String> unused = new TreeSet<>();
    for (String key : indonesian) {
      boolean channel = key.startsWith("track.channel.");
      if (!channel && !used.contains(key) && !sources.toString().contains("\"" + key + "\"")) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys no template or code uses").isEmpty();
    for (Channel channel : Channel.values()) {
      assertThat(indonesian).contains("track.channel." + channel.id());
    }
    assertThat(indonesian.stream().filter(key -> key.startsWith("track.channel.")))
        .hasSize(Channel.values().length);
  }

  private static Set<String> keys(String resource) {
    try (InputStream in = PageTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("bundle file %s", resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      properties.forEach(
          (key, value) ->
              assertThat(value.toString().strip())
                  .as("text of %s in %s", key, resource)
                  .isNotEmpty());
      return new TreeSet<>(properties.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
