package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.quality.InvalidSurveyFileException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading of SKM files as they stream in: Commons CSV below, Prima's rules on top. */
class SkmCsvStreamingTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;
  private static final String HEADER = "respondent;U1;U2;U3;U4;U5;U6;U7;U8;U9";

  /** A survey of {@code rows} questionnaires written as it is read, never held as one text. */
  private static final class GeneratedSurvey extends Reader {
    private final int rows;
    private final String badRow;
    private final int badAt;
    private int row = -1;
    private String current = "";
    private int position;

    GeneratedSurvey(int rows, int badAt, String badRow) {
      this.rows = rows;
      this.badAt = badAt;
      this.badRow = badRow;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == current.length()) {
        row++;
        if (row > rows) {
          return -1;
        }
        current =
            row == 0
                ? "\uFEFFsep=;\r\n" + HEADER + "\r\n"
                : row == badAt ? badRow + "\r\n" : row + ";4;3;4;4;3;4;4;3;4\r\n";
        position = 0;
      }
      int n = Math.min(length, current.length() - position);
      current.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void readsALargeSurveyAsItStreamsIn() {
    SkmSurvey survey = SkmCsv.read(new GeneratedSurvey(20_000, -1, null), "stream", PERMENPAN);

    assertThat(survey.responses()).hasSize(20_000);
    assertThat(survey.responses().get(19_999).respondent().id()).isEqualTo("20000");
    // (4 * 6 + 3 * 3) / 9 * 25 = 91.666..
    assertThat(survey.result().ikm()).isEqualByComparingTo("91.67");
  }

  @Test
  void aBadRowDeepInAStreamIsReportedOnItsLine() {
    // line 1 sep=, line 2 the header, questionnaire n on line n + 2
    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class,
            () ->
                SkmCsv.read(
                    new GeneratedSurvey(20_000, 15_000, "15000;4;3;4;4;3;4;4;3;5"),
                    "stream",
                    PERMENPAN));

    assertThat(rejected.problems())
        .containsExactly(new Problem(15_002, "U9", "5", "'5' is out of range, expected 1 to 4"));
  }

  @Test
  void textAfterAClosingQuoteIsReportedOnItsLineAndEndsTheReading() {
    String csv =
        "unit;U1;U2;U3;U4;U5;U6;U7;U8;U9\r\n"
            + "\"Kantor\r\nKecamatan\";4;4;4;4;4;4;4;4;4\r\n"
            + "\"Kelurahan\" Baru;4;4;4;4;4;4;4;4;4\r\n"
            + "Kelurahan;4;4;4;4;4;4;4;4;9\r\n";

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "skm.csv", PERMENPAN));

    assertThat(rejected.problems())
        .containsExactly(
            new Problem(
                4,
                "",
                "",
                "text after the closing quote of a field; double a quote inside a field (\"\");"
                    + " the rows below it were not read"));
  }

  @Test
  void countsOldMacLineEndsAndBlankLinesInTheLineNumbers() {
    String csv = "sep=,\r\rU1,U2,U3,U4,U5,U6,U7,U8,U9\r\r4,4,4,4,4,4,4,4,4\r4,4,4,4,4,4,4,4,0\r";

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "mac.csv", PERMENPAN));

    assertThat(rejected.problems())
        .containsExactly(new Problem(6, "U9", "0", "'0' is out of range, expected 1 to 4"));
  }

  @Test
  void spacesAfterAClosingQuoteAreAllowedAsCommonsCsvAllowsThem() {
    String csv = HEADER + "\n\"1\" ;\"4\"\t;4;4;4;4;4;4;4;4\n";

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN);

    assertThat(survey.responses().get(0).respondent().id()).isEqualTo("1");
    assertThat(survey.responses().get(0).answer("U1")).isEqualTo(4);
  }

  @Test
  void aFileThatStopsBeingUtf8FarIntoItIsRejectedWithAHowTo(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("unit," + String.join(",", PERMENPAN.codes()) + "\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("Kelurahan,4,4,4,4,4,4,4,4,4\n");
    }
    byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Caf\u00e9,4,4,4,4,4,4,4,4,4\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("mixed.csv");
    Files.write(file, utf8);
    Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> SkmCsv.read(file, PERMENPAN))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageContaining("is not UTF-8")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void leavesTheCallersReaderOpen() {
    boolean[] closed = {false};
    Reader reader =
        new java.io.FilterReader(new java.io.StringReader(HEADER + "\n1;4;4;4;4;4;4;4;4;4\n")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    SkmCsv.read(reader, "stdin", PERMENPAN);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void aReaderThatFailsIsASurveyFileException() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> SkmCsv.read(failing, "stdin", PERMENPAN))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageContaining("Cannot read survey stdin")
        .hasMessageContaining("disk gone");
  }

  @Test
  void writesAnEmptyFirstFieldUnquotedAndQuotesWhatRfc4180Needs() {
    SkmSurvey survey =
        SkmSurvey.of(
            PERMENPAN,
            java.util.List.of(
                SkmResponse.of(
                    PERMENPAN,
                    WorkedExample.responses().get(0).answers(),
                    SkmRespondent.builder().unit("Kantor\nKecamatan").build()),
                SkmResponse.of(
                    PERMENPAN,
                    WorkedExample.responses().get(0).answers(),
                    SkmRespondent.builder().id("7").build())));

    String csv = SkmCsv.toCsv(survey, ';');

    assertThat(csv.split("\r\n"))
        .startsWith("respondent;unit;U1;U2;U3;U4;U5;U6;U7;U8;U9")
        .anySatisfy(line -> assertThat(line).startsWith(";\"Kantor\nKecamatan\";"))
        .anySatisfy(line -> assertThat(line).startsWith("7;;"));
    assertThat(SkmCsv.read(csv, "again.csv", PERMENPAN)).isEqualTo(survey);
  }
}
