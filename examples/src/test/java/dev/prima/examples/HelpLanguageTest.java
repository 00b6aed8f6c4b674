package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help in Bahasa Indonesia: the bundle {@code help_id} over the annotations' English,
 * complete for every command, option and parameter, and with no key that nothing reads.
 */
@ExtendWith(InEnglish.class)
class HelpLanguageTest {

  private static final String BUNDLE = "dev/prima/examples/help_id.properties";

  /** Picocli's own texts that the bundle translates. */
  private static final Set<String> PICOCLI =
      Set.of(
          "usage.synopsisHeading",
          "usage.commandListHeading",
          "mixinStandardHelpOptions.help",
          "mixinStandardHelpOptions.version");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void langIdShowsTheHelpOfACommandInBahasaIndonesia() {
    int exit = run("skm", "--lang", "id", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("Cara pakai: prima-examples skm")
        .contains("Menghitung indeks kepuasan masyarakat (IKM)")
        .contains("Jawaban survei.")
        .contains("(bawaan: 14-2017)")
        .contains("Menampilkan bantuan ini, lalu selesai.")
        .doesNotContain("Usage:")
        .doesNotContain("Computes the community satisfaction index")
        .doesNotContain("Show this help message");
  }

  @Test
  void theCommandListAndAUsageErrorSpeakTheChosenLanguage() {
    int help = run("--help", "--lang", "id");
    String list = out.toString();
    int error = run("export", "--lang=id");

    assertThat(help).isZero();
    assertThat(list)
        .contains("Perintah:")
        .containsPattern("(?m)^\\s+demo\\s+Melayani warga")
        .contains("Kode keluar: 0 berhasil");
    assertThat(error).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "Opsi wajib belum diisi: '--format=xes|ocel|csv', '--jdbc=<url>', '--out=<file>'")
        .contains("Cara pakai: prima-examples export")
        .contains("Berkas yang ditulis; direktorinya dibuat bila belum ada.");
  }

  @Test
  void withoutLangAnIndonesianSystemGetsTheIndonesianHelpAndEnLeavesItEnglish() {
    Locale.setDefault(Locale.forLanguageTag("id-ID"));
    run("demo", "--help");
    String indonesian = out.toString();
    out.getBuffer().setLength(0);
    run("demo", "--help", "--lang", "en");

    assertThat(indonesian).contains("Jumlah warga yang dilayani, 1 sampai 100 (bawaan: 4).");
    assertThat(out.toString())
        .contains("How many citizens to serve, 1 to 100 (default: 4).")
        .doesNotContain("Jumlah warga");
  }

  @Test
  void everyCommandOptionAndParameterHasAnIndonesianTextAndEveryTextIsRead() {
    Set<String> keys = new TreeSet<>();
    for (String key : BundleKeys.keys(BUNDLE)) {
      keys.add(key.replaceFirst("\\.\\d+$", ""));
    }
    Set<String> read = new TreeSet<>(PICOCLI);
    List<String> missing = new ArrayList<>();
    walk(PrimaCli.commandLine().getCommandSpec(), keys, read, missing);

    assertThat(missing).as("texts help_id lacks").isEmpty();
    assertThat(keys).as("texts of help_id that no command reads").isSubsetOf(read);
  }

  /** Picocli looks a text up as "<qualified command>.<key>", then as "<key>" alone. */
  private static void walk(
      CommandSpec command, Set<String> keys, Set<String> read, List<String> missing) {
    String prefix = command.qualifiedName(".") + ".";
    need(keys, read, missing, List.of(prefix + "usage.description"));
    if (command.usageMessage().footer().length > 0) {
      need(keys, read, missing, List.of(prefix + "usage.footer"));
    }
    for (OptionSpec option : command.options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      String name = option.longestName().replaceFirst("^--?", "");
      need(keys, read, missing, List.of(prefix + name, name));
    }
    for (PositionalParamSpec parameter : command.positionalParameters()) {
      String name = parameter.paramLabel() + "[" + parameter.index() + "]";
      need(keys, read, missing, List.of(prefix + name, name));
    }
    command.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), keys, read, missing));
  }

  private static void need(
      Set<String> keys, Set<String> read, List<String> missing, List<String> candidates) {
    read.addAll(candidates);
    if (candidates.stream().noneMatch(keys::contains)) {
      missing.add(candidates.get(0));
    }
  }
}
