package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo tells its story in Bahasa Indonesia or English, chosen by --lang or the system. */
@ExtendWith(InEnglish.class)
class DemoLanguageTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void langIdTellsTheWholeStoryInBahasaIndonesia() {
    int exit = run("demo", "--lang", "id", "--citizens", "2", "--db-dir", dir.toString());

    assertThat(exit).as("stderr: %s", err).isZero();
    String text = out.toString();
    assertThat(text)
        .startsWith("Permohonan surat keterangan di kantor kecamatan")
        .contains("SKT-2026-0002  Periksa berkas          oleh siti")
        .contains("-> berkas belum lengkap: kartu keluarga (KK) belum dilampirkan")
        .contains("oleh sistem          -> surat keterangan 474/0002/KEC/2026")
        .contains("2 warga dilayani, 1 dikembalikan karena berkas belum lengkap")
        .contains("Siklus pelayanan SKT-2026-0002 (Dewi Lestari)")
        .contains("menunggu: sejak tiba di suatu langkah sampai petugas memanggil warga")
        .contains("waktu penyelesaian 2 hari 2 jam")
        .contains("Pelampauan batas waktu yang dicatat timer Prima (2):")
        .containsPattern("TARGET_MOMEN +'Kekurangan berkas dilengkapi'")
        .contains("Surat keterangan diserahkan kepada pemohon")
        .contains("Standar pelayanan: Penerbitan Surat Keterangan")
        .contains("waktu penyelesaian 2 hari kerja, biaya/tarif gratis (tidak dipungut biaya)")
        .contains("Pengaduan disampaikan")
        .contains("jatuh tempo Sel 1 Des 10.35")
        .contains("petugas loket melihat pengadu sebagai (dirahasiakan)")
        .contains("Survei Kepuasan Masyarakat (SKM), 40 responden simulasi:")
        .contains("Kode  Unsur pelayanan")
        .containsPattern("IKM +\\d{2},\\d{2} \\(sebelum pembulatan")
        .contains("Laporan pelayanan (HTML, dapat dibuka tanpa jaringan)")
        .doesNotContain("Cycle of service")
        .doesNotContain("citizens served")
        .doesNotContain(" by siti")
        .doesNotContain("Verify documents")
        .doesNotContain("Complaint lodged");
    assertThat(dir.resolve("report.html")).content().contains("<html lang=\"id\">");
  }

  @Test
  void withoutLangTheSystemsLanguageDecides() {
    Locale.setDefault(Locale.forLanguageTag("id-ID"));
    int indonesian = run("demo", "--model", "ektp-issuance", "--db-dir", dir.toString());
    String first = out.toString();
    out.getBuffer().setLength(0);
    Locale.setDefault(Locale.UK);
    int english = run("demo", "--model", "ektp-issuance", "--db-dir", dir.toString());

    assertThat(indonesian).as("stderr: %s", err).isZero();
    assertThat(english).as("stderr: %s", err).isZero();
    assertThat(first)
        .contains("Siklus pelayanan EKTP-ISSUANCE-0001:", "waktu penyelesaian")
        .contains("Penerbitan atau Penggantian KTP-el", "Perekaman biometrik: foto, sidik jari");
    assertThat(out.toString())
        .contains("Cycle of service of EKTP-ISSUANCE-0001:", "lead time")
        .contains("Identity card (e-KTP) issuance", "Photo, fingerprints and signature taken");
  }

  @Test
  void anUnknownLanguageIsAUsageErrorThatSaysWhichExist() {
    int exit = run("demo", "--lang", "jv", "--db-dir", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("Invalid value for option '--lang': 'jv' is not a language Prima speaks.")
        .contains("Fix: write id (Bahasa Indonesia) or en (English).");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void theDemosTextsExistInBothLanguagesAndAreAllUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/examples/messages");
    BundleKeys.assertAllUsed(keys, Set.of("breach."), "src/main/java");
  }
}
