package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.quality.InvalidSurveyFileException.Problem;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkmCsvTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;

  @Test
  void readsSemicolonSeparatedRowsWithRespondentData() {
    String csv =
        """
        respondent;age;sex;education;occupation;service;unit;date;U1;U2;U3;U4;U5;U6;U7;U8;U9
        1;34;P;SMA;Wiraswasta;KTP-el;Kecamatan Coblong;2024-03-15;4;3;4;4;3;4;4;3;4
        2;51;L;S1;PNS;Akta Kelahiran;Kecamatan Coblong;2024-07-02;3;3;2;4;3;3;4;3;3
        """;

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN);

    assertThat(survey.responses()).hasSize(2);
    SkmResponse first = survey.responses().get(0);
    assertThat(first.answers().values()).containsExactly(4, 3, 4, 4, 3, 4, 4, 3, 4);
    assertThat(first.respondent())
        .isEqualTo(
            SkmRespondent.builder()
                .id("1")
                .age(34)
                .sex("P")
                .education("SMA")
                .occupation("Wiraswasta")
                .service("KTP-el")
                .unit("Kecamatan Coblong")
                .date(LocalDate.of(2024, 3, 15))
                .build());
    assertThat(survey.responses().get(1).answer("U3")).isEqualTo(2);
  }

  @Test
  void readsCommaSeparatedRowsWithColumnsInAnyOrderAndNoRespondentData() {
    String csv = "U9,U8,U7,U6,U5,U4,U3,U2,U1\r\n1,2,3,4,1,2,3,4,1\r\n";

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN);

    SkmResponse response = survey.responses().get(0);
    assertThat(response.answer("U9")).isEqualTo(1);
    assertThat(response.answer("U6")).isEqualTo(4);
    assertThat(response.answer("U1")).isEqualTo(1);
    assertThat(response.respondent()).isEqualTo(SkmRespondent.ANONYMOUS);
  }

  @Test
  void skipsAByteOrderMarkAndEmptyRowsLeftByExcel() {
    String csv = "\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n;;;;;;;;\n\n";

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN);

    assertThat(survey.responses()).hasSize(1);
    assertThat(survey.result().ikm()).isEqualByComparingTo("100.00");
  }

  @Test
  void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
    String csv =
        "unit;service;U1;U2;U3;U4;U5;U6;U7;U8;U9\n"
            + "\"Dinas Kependudukan; Capil\";\"Kartu \"\"KIA\"\"\";4;4;4;4;4;4;4;4;4\n"
            + "\"Kantor\nKecamatan\";KTP-el;3;3;3;3;3;3;3;3;3\n"
            + "Kelurahan;KK;2;9;3;3;3;3;3;3;3\n";

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "skm.csv", PERMENPAN));
    SkmSurvey survey =
        SkmCsv.read(csv.substring(0, csv.indexOf("Kelurahan")), "skm.csv", PERMENPAN);

    assertThat(survey.responses())
        .extracting(response -> response.respondent().unit())
        .containsExactly("Dinas Kependudukan; Capil", "Kantor\nKecamatan");
    assertThat(survey.responses().get(0).respondent().service()).isEqualTo("Kartu \"KIA\"");
    // the quoted line break makes the Kelurahan row line 5, not 4
    assertThat(rejected.problems())
        .containsExactly(new Problem(5, "U2", "9", "'9' is out of range, expected 1 to 4"));
  }

  @Test
  void acceptsIndonesianColumnNames() {
    String csv =
        "No;Umur;Jenis Kelamin;Pendidikan;Pekerjaan;Layanan;Unit Layanan;Tanggal;"
            + "u1;u2;u3;u4;u5;u6;u7;u8;u9\n"
            + "7;45;L;D3;Swasta;SIM;Polres;2024-01-31;4;4;4;4;4;4;4;4;4\n";

    SkmRespondent respondent =
        SkmCsv.read(csv, "skm.csv", PERMENPAN).responses().get(0).respondent();

    assertThat(respondent.id()).isEqualTo("7");
    assertThat(respondent.age()).isEqualTo(45);
    assertThat(respondent.sex()).isEqualTo("L");
    assertThat(respondent.service()).isEqualTo("SIM");
    assertThat(respondent.unit()).isEqualTo("Polres");
    assertThat(respondent.date()).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void reportsEveryBadRowWithLineColumnAndValueAndImportsNothing() {
    String csv =
        """
        respondent;age;date;U1;U2;U3;U4;U5;U6;U7;U8;U9
        1;34;2024-03-15;4;3;4;4;3;4;4;3;4
        2;40;2024-03-15;4;;4;4;3;4;4;3;4
        3;40;2024-03-15;4;3;4;5;3;4;4;3;4
        4;40;2024-03-15;4;3;4;4;baik;4;4;3;4
        5;40;2024-03-15;4;3;4;4;3;4;4;3
        6;abc;15/03/2024;4;3;4;4;3;4;4;3;0
        7;40;2024-03-15;4;3;4;4;3;4;4;3;4
        """;

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "skm-2024.csv", PERMENPAN));

    assertThat(rejected.problems())
        .containsExactly(
            new Problem(
                3,
                "U2",
                "",
                "no answer for U2 (system, mechanism and procedure), expected 1 to 4 (to count a"
                    + " blank answer as Permenpan RB 14/2017 does, leaving the questionnaire out of"
                    + " that element only, read with blank answers counted per element)"),
            new Problem(4, "U4", "5", "'5' is out of range, expected 1 to 4"),
            new Problem(5, "U5", "baik", "'baik' is not a number, expected 1 to 4"),
            new Problem(
                6,
                "",
                "",
                "the row has 11 fields, but the header has 12 columns; check for a missing or extra"
                    + " separator"),
            new Problem(7, "U9", "0", "'0' is out of range, expected 1 to 4"),
            new Problem(7, "age", "abc", "'abc' is not an age in years, expected 1 to 120"),
            new Problem(
                7,
                "date",
                "15/03/2024",
                "'15/03/2024' is not a date, expected yyyy-MM-dd such as 2024-03-15"));
    assertThat(rejected)
        .hasMessageStartingWith(
            "Survey file skm-2024.csv rejected, nothing was imported: 7 problems\n"
                + "  - line 3, column U2: no answer for U2")
        .hasMessageContaining("\n  - line 4, column U4: '5' is out of range, expected 1 to 4")
        .hasMessageContaining("\n  - line 6: the row has 11 fields");
  }

  @Test
  void reportsHeaderProblemsBeforeLookingAtRows() {
    String csv =
        "respondent;umur;age;U1;U2;U3;U4;U5;U6;U7;U8;U10;nama\n1;2;3;4;4;4;4;4;4;4;4;4;x\n";

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "skm.csv", PERMENPAN));

    assertThat(rejected.problems()).allSatisfy(problem -> assertThat(problem.line()).isEqualTo(1));
    assertThat(rejected.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "line 1, column age: columns 'umur' and 'age' both give the age; keep one",
            "line 1, column U10: unknown element column U10: Permenpan RB 14/2017 has U1..U9"
                + " (a file with U10 may follow Kepmenpan 25/2004: use profile 25-2004)",
            "line 1, column nama: unknown column 'nama', expected element columns U1..U9 or"
                + " respondent, age, sex, education, occupation, service, unit, date",
            "line 1: the header has no column for U9 (handling of complaints, suggestions and"
                + " input); Permenpan RB 14/2017 needs one column per element U1..U9");
  }

  @Test
  void anUnclosedQuoteIsReportedOnTheLineItOpens() {
    String csv =
        "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n\"4;4;4;4;4;4;4;4;4\n4;4;4;4;4;4;4;4;4\n";

    assertThatThrownBy(() -> SkmCsv.read(csv, "skm.csv", PERMENPAN))
        .isInstanceOf(InvalidSurveyFileException.class)
        .hasMessageContaining("line 3: a quote opened on this line is never closed");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> SkmCsv.read("\uFEFF", "empty.csv", PERMENPAN))
        .isInstanceOf(InvalidSurveyFileException.class)
        .hasMessageContaining("line 1: no header row; the first row names the columns U1..U9");
  }

  @Test
  void aHeaderWithoutRowsIsRejectedWithTheFileAndTheLineBelowTheHeader() {
    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class,
            () -> SkmCsv.read("U1,U2,U3,U4,U5,U6,U7,U8,U9\n", "skm-2024.csv", PERMENPAN));

    assertThat(rejected.problems())
        .extracting(Problem::line, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2,
                "no questionnaire below the header; each row after the header is one"
                    + " respondent's answers to U1..U9"));
    assertThat(rejected).hasMessageStartingWith("Survey file skm-2024.csv rejected");
  }

  @Test
  void readsExcelsSeparatorLineAndKeepsTheFilesLineNumbers() {
    String csv =
        "\uFEFFsep=;\r\n"
            + "respondent;U1;U2;U3;U4;U5;U6;U7;U8;U9\r\n"
            + "1;4;3;4;4;3;4;4;3;4\r\n"
            + "2;3;3;2;4;3;3;4;3;3\r\n";

    SkmSurvey survey = SkmCsv.read(csv, "excel.csv", PERMENPAN);

    assertThat(survey.responses()).hasSize(2);
    assertThat(survey.responses().get(1).respondent().id()).isEqualTo("2");
    assertThat(survey.responses().get(1).answer("U3")).isEqualTo(2);
    // a bad row is still reported on the line the agency sees in a text editor
    String bad = csv.replace("2;3;3;2;", "2;3;3;7;");
    assertThatThrownBy(() -> SkmCsv.read(bad, "excel.csv", PERMENPAN))
        .hasMessageContaining("line 4, column U3: '7' is out of range");
  }

  @Test
  void aQuotedSeparatorLineIsUnderstood() {
    String csv = "\"sep=,\"\nservice,U1,U2,U3,U4,U5,U6,U7,U8,U9\n\"KTP; KK\",4,4,4,4,4,4,4,4,4\n";

    SkmSurvey survey = SkmCsv.read(csv, "excel.csv", PERMENPAN);

    assertThat(survey.responses().get(0).respondent().service()).isEqualTo("KTP; KK");
  }

  @Test
  void anUnknownSeparatorLineIsOneProblemOnLineOne() {
    String csv = "sep=|\nU1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n";

    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class, () -> SkmCsv.read(csv, "excel.csv", PERMENPAN));

    assertThat(rejected.problems())
        .containsExactly(
            new Problem(
                1, "", "|", "the separator line 'sep=|' declares '|', expected sep=; or sep=,"));
  }

  @Test
  void blankAnswersAreRejectedByDefaultAndCountedPerElementWhenAsked() {
    String csv =
        """
        respondent;U1;U2;U3;U4;U5;U6;U7;U8;U9
        1;4;4;4;4;4;4;4;4;4
        2;3;3;3;3;3;3;3;3;3
        3;3;3;;;3;3;3;3;3
        4;2;2;;2;2;2;2;2;2
        """;

    assertThatThrownBy(() -> SkmCsv.read(csv, "skm.csv", PERMENPAN))
        .isInstanceOf(InvalidSurveyFileException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining("line 4, column U3: no answer for U3");

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN, BlankAnswers.COUNT_PER_ELEMENT);

    assertThat(survey.responses()).hasSize(4);
    assertThat(survey.responses().get(2).blanks()).containsExactly("U3", "U4");
    assertThat(survey.responses().get(3).blanks()).containsExactly("U3");
    SkmResult result = survey.result();
    assertThat(result.respondents()).isEqualTo(4);
    assertThat(result.scores())
        .extracting(SkmResult.ElementScore::answered)
        .containsExactly(4, 4, 2, 3, 4, 4, 4, 4, 4);
    // by hand: U3 (4 + 3) / 2 = 3.5, U4 (4 + 3 + 2) / 3 = 3, others 12 / 4 = 3;
    // IKM = 25 * (7 * 3 + 3.5 + 3) / 9 = 687.5 / 9 = 76.3888...
    assertThat(result.ikm()).isEqualByComparingTo("76.39");
    assertThat(result.grade()).isEqualTo(SkmGrade.C);
  }

  @Test
  void aQuestionnaireWithEveryAnswerBlankIsAProblemEvenWhenBlanksAreCounted() {
    String csv = "respondent;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;4;4;4;4;4;4;4\n2;;;;;;;;;\n";

    assertThatThrownBy(() -> SkmCsv.read(csv, "skm.csv", PERMENPAN, BlankAnswers.COUNT_PER_ELEMENT))
        .isInstanceOf(InvalidSurveyFileException.class)
        .hasMessageContaining("line 3: every answer is blank");
  }

  @Test
  void writesABlankAnswerAsAnEmptyFieldAndReadsItBack() {
    String csv = "U1;U2;U3;U4;U5;U6;U7;U8;U9\r\n4;;3;4;4;4;4;4;4\r\n";

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN, BlankAnswers.COUNT_PER_ELEMENT);

    assertThat(SkmCsv.toCsv(survey, ';')).isEqualTo(csv);
  }

  @Test
  void writesTheLayoutItReads() {
    String csv =
        "respondent;sex;service;date;U1;U2;U3;U4;U5;U6;U7;U8;U9\r\n"
            + "1;P;\"KTP-el; baru\";2024-03-15;4;3;4;4;3;4;4;3;4\r\n"
            + "2;;\"Akta \"\"cepat\"\"\";;3;3;2;4;3;3;4;3;3\r\n";

    SkmSurvey survey = SkmCsv.read(csv, "skm.csv", PERMENPAN);

    assertThat(SkmCsv.toCsv(survey, ';')).isEqualTo(csv);
  }

  @Test
  void roundTripsThroughAFileWithByteOrderMarkAndEitherSeparator(@TempDir Path dir) {
    List<SkmResponse> responses = new ArrayList<>(WorkedExample.responses());
    responses.set(
        0,
        SkmResponse.of(
            PERMENPAN,
            responses.get(0).answers(),
            SkmRespondent.builder()
                .id("Ibu Siti, RT 03")
                .age(62)
                .education("SD")
                .occupation("Ibu rumah tangga")
                .unit("Kelurahan Lebak Siliwangi")
                .date(LocalDate.of(2024, 12, 31))
                .build()));
    SkmSurvey survey = SkmSurvey.of(PERMENPAN, responses);

    for (char separator : new char[] {';', ','}) {
      Path file = dir.resolve("skm" + (int) separator + ".csv");
      SkmCsv.write(survey, file, separator);

      SkmSurvey read = SkmCsv.read(file, PERMENPAN);

      assertThat(read).isEqualTo(survey);
      assertThat(read.result().ikm()).isEqualByComparingTo("91.48");
    }
  }

  @Test
  void readsFromAReader() {
    SkmSurvey survey =
        SkmCsv.read(
            new StringReader("U1,U2,U3,U4,U5,U6,U7,U8,U9\n2,2,2,2,2,2,2,2,2\n"),
            "stdin",
            PERMENPAN);

    assertThat(survey.result().ikm()).isEqualByComparingTo("50.00");
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWithAHowTo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\nCaf\u00e9,4,4,4,4,4,4,4,4,4\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> SkmCsv.read(file, PERMENPAN))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageContaining("is not UTF-8")
        .hasMessageContaining("CSV UTF-8");
    assertThatThrownBy(() -> SkmCsv.read(dir.resolve("missing.csv"), PERMENPAN))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageContaining("Cannot read survey file")
        .hasMessageContaining("missing.csv: no such file or directory. Fix: check the path")
        .hasMessageNotContaining("java.nio");
  }

  @Test
  void legacyFilesHaveFourteenElementColumns() {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      csv.append(i == 1 ? "" : ",").append('U').append(i);
    }
    csv.append('\n').append("4,4,4,4,4,4,4,4,4,4,4,4,4,4\n");

    assertThat(SkmCsv.read(csv.toString(), "old.csv", SkmProfile.KEPMENPAN_25_2004).result().ikm())
        .isEqualByComparingTo("100.00");
    assertThatThrownBy(() -> SkmCsv.read(csv.toString(), "old.csv", PERMENPAN))
        .hasMessageContaining("use profile 25-2004");
  }
}
