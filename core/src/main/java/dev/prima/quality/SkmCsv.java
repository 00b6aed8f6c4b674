package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.quality.internal.SkmCsvFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * SKM answers in the CSV layout agencies keep in spreadsheets, one row per respondent:
 *
 * <pre>
 * respondent;age;sex;service;date;U1;U2;U3;U4;U5;U6;U7;U8;U9
 * 1;34;P;KTP-el;2024-03-15;4;3;4;4;3;4;4;3;4
 * </pre>
 *
 * <ul>
 *   <li>a header row names the columns; element columns {@code U1..U9} ({@code U1..U14} for
 *       Kepmenpan 25/2004) are required, each answer 1 to 4; the optional columns are {@code
 *       respondent}, {@code age}, {@code sex}, {@code education}, {@code occupation}, {@code
 *       service}, {@code unit} and {@code date} (ISO {@code yyyy-MM-dd}), also under their
 *       Indonesian names ({@code responden}, {@code no}, {@code umur}, {@code usia}, {@code jenis
 *       kelamin}, {@code jk}, {@code pendidikan}, {@code pekerjaan}, {@code layanan}, {@code unit
 *       layanan}, {@code unit kerja}, {@code tanggal}); any order, names ignore case
 *   <li>the separator is {@code ;} (Excel in an Indonesian locale) or {@code ,}, taken from an
 *       Excel separator line {@code sep=;} before the header when there is one, else detected from
 *       the header; fields may be quoted as in RFC 4180 (spaces after a closing quote are allowed,
 *       other text after it is a problem that ends the reading)
 *   <li>a blank answer is a problem, unless the file is read with {@link
 *       BlankAnswers#COUNT_PER_ELEMENT}: then the questionnaire counts only for the elements it
 *       answered, as Permenpan RB 14/2017 divides each element's total by the questionnaires that
 *       answered it
 *   <li>a file needs at least one questionnaire below the header
 *   <li>UTF-8, with or without a byte order mark; rows with only empty fields are skipped
 * </ul>
 *
 * <p>Reading is all or nothing: a file with any bad row imports nothing and the {@link
 * InvalidSurveyFileException} lists every problem with its line number, column and value. A file or
 * reader is read as it streams in, one row at a time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SkmCsv {

  private static final char BOM = '\uFEFF';

  private SkmCsv() {}

  /**
   * Reads a survey file in which every questionnaire answers every element.
   *
   * @param file the CSV file, UTF-8 with or without a byte order mark
   * @param profile the regulation the questionnaires follow
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   * @throws SurveyFileException if the file cannot be read or is not UTF-8
   */
  public static SkmSurvey read(Path file, SkmProfile profile) {
    return read(file, profile, BlankAnswers.REJECT);
  }

  /**
   * Reads a survey file, treating blank answers as {@code blankAnswers} says.
   *
   * @param file the CSV file, UTF-8 with or without a byte order mark
   * @param profile the regulation the questionnaires follow
   * @param blankAnswers whether a blank answer rejects the row or counts per element
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   * @throws SurveyFileException if the file cannot be read or is not UTF-8
   */
  public static SkmSurvey read(Path file, SkmProfile profile, BlankAnswers blankAnswers) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(blankAnswers, "blankAnswers must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    try (Reader reader =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return SkmCsvFormat.read(reader, file.toString(), profile, blankAnswers);
    } catch (CharacterCodingException e) {
      throw new SurveyFileException(
          "Survey file "
              + file
              + " is not UTF-8; in Excel save it with 'Save As' > 'CSV UTF-8 (Comma delimited)'",
          e);
    } catch (IOException e) {
      throw new SurveyFileException(
          "Cannot read survey file "
              + file
              + ": "
              + dev.prima.internal.IoReasons.of(e)
              + ". Fix: check the path and that the file is readable.",
          e);
    }
  }

  /**
   * Reads survey CSV from a reader; {@code source} names it in messages.
   *
   * @param reader the CSV; left open for the caller to close
   * @param source the name shown in messages, such as the file name
   * @param profile the regulation the questionnaires follow
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   * @throws SurveyFileException if the reader fails
   */
  public static SkmSurvey read(Reader reader, String source, SkmProfile profile) {
    return read(reader, source, profile, BlankAnswers.REJECT);
  }

  /**
   * Reads survey CSV from a reader, treating blank answers as {@code blankAnswers} says.
   *
   * @param reader the CSV; left open for the caller to close
   * @param source the name shown in messages, such as the file name
   * @param profile the regulation the questionnaires follow
   * @param blankAnswers whether a blank answer rejects the row or counts per element
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   * @throws SurveyFileException if the reader fails
   */
  public static SkmSurvey read(
      Reader reader, String source, SkmProfile profile, BlankAnswers blankAnswers) {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(blankAnswers, "blankAnswers must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    try {
      return SkmCsvFormat.read(reader, source, profile, blankAnswers);
    } catch (IOException e) {
      throw new SurveyFileException("Cannot read survey " + source + ": " + e, e);
    }
  }

  /**
   * Reads survey CSV text; {@code source} names it in messages.
   *
   * @param text the CSV text
   * @param source the name shown in messages, such as the file name
   * @param profile the regulation the questionnaires follow
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   */
  public static SkmSurvey read(String text, String source, SkmProfile profile) {
    return read(text, source, profile, BlankAnswers.REJECT);
  }

  /**
   * Reads survey CSV text, treating blank answers as {@code blankAnswers} says.
   *
   * @param text the CSV text
   * @param source the name shown in messages, such as the file name
   * @param profile the regulation the questionnaires follow
   * @param blankAnswers whether a blank answer rejects the row or counts per element
   * @return the survey
   * @throws InvalidSurveyFileException listing every bad header column and bad row
   */
  public static SkmSurvey read(
      String text, String source, SkmProfile profile, BlankAnswers blankAnswers) {
    Objects.requireNonNull(text, "text must not be null");
    return read(new StringReader(text), source, profile, blankAnswers);
  }

  /**
   * {@return the survey as CSV text in the layout {@link #read(String, String, SkmProfile)}
   * accepts: respondent columns given by any response (in the order respondent, age, sex,
   * education, occupation, service, unit, date), then the element columns; CRLF line ends; no BOM}
   *
   * @param separator {@code ;} or {@code ,}
   * @param survey the survey to write
   * @throws IllegalArgumentException for another separator
   */
  public static String toCsv(SkmSurvey survey, char separator) {
    Objects.requireNonNull(survey, "survey must not be null");
    StringBuilder csv = new StringBuilder();
    try {
      SkmCsvFormat.write(survey, separator, csv);
    } catch (IOException e) {
      // a StringBuilder does not fail
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  /**
   * Writes the survey as {@link #toCsv(SkmSurvey, char)} to a writer.
   *
   * @param survey the survey to write
   * @param writer where to write; left open for the caller to close
   * @param separator {@code ;} or {@code ,}
   * @throws SurveyFileException if the writer fails
   */
  public static void write(SkmSurvey survey, Writer writer, char separator) {
    Objects.requireNonNull(survey, "survey must not be null");
    Objects.requireNonNull(writer, "writer must not be null");
    try {
      SkmCsvFormat.write(survey, separator, writer);
      writer.flush();
    } catch (IOException e) {
      throw new SurveyFileException("Cannot write survey: " + e, e);
    }
  }

  /**
   * Writes the survey to a file in UTF-8 with a byte order mark, so Excel shows names with
   * non-ASCII letters correctly; replaces an existing file.
   *
   * @param survey the survey to write
   * @param file the file to write
   * @param separator {@code ;} or {@code ,}
   * @throws SurveyFileException if the file cannot be written
   */
  public static void write(SkmSurvey survey, Path file, char separator) {
    Objects.requireNonNull(survey, "survey must not be null");
    Objects.requireNonNull(file, "file must not be null");
    SkmCsvFormat.requireSeparator(separator);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(BOM);
      SkmCsvFormat.write(survey, separator, writer);
    } catch (IOException | UncheckedIOException e) {
      throw new SurveyFileException("Cannot write survey file " + file + ": " + e, e);
    }
  }
}
