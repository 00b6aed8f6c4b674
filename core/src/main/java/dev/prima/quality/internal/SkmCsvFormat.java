package dev.prima.quality.internal;

import dev.prima.internal.Messages;
import dev.prima.quality.BlankAnswers;
import dev.prima.quality.InvalidSurveyFileException;
import dev.prima.quality.InvalidSurveyFileException.Problem;
import dev.prima.quality.SkmElement;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmRespondent;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmSurvey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The spreadsheet layout of SKM answers: a header row, then one row per respondent. Commons CSV
 * splits and quotes the fields (RFC 4180); Excel's habits and the line numbers of messages are
 * Prima's.
 */
public final class SkmCsvFormat {

  /** Optional respondent columns, in the order they are written. */
  public enum Column {
    RESPONDENT("respondent", SkmRespondent::id, "responden", "no", "id"),
    AGE("age", SkmRespondent::age, "umur", "usia"),
    SEX("sex", SkmRespondent::sex, "jenis kelamin", "jenis_kelamin", "jk", "gender"),
    EDUCATION("education", SkmRespondent::education, "pendidikan"),
    OCCUPATION("occupation", SkmRespondent::occupation, "pekerjaan"),
    SERVICE("service", SkmRespondent::service, "layanan", "jenis layanan"),
    UNIT("unit", SkmRespondent::unit, "unit layanan", "unit kerja"),
    DATE("date", SkmRespondent::date, "tanggal");

    final String header;
    final Function<SkmRespondent, Object> value;
    final List<String> aliases;

    Column(String header, Function<SkmRespondent, Object> value, String... aliases) {
      this.header = header;
      this.value = value;
      this.aliases = List.of(aliases);
    }
  }

  private static final Pattern ELEMENT_CODE = Pattern.compile("[Uu][1-9][0-9]*");

  /** Excel's separator line, {@code sep=;}, which it writes first and reads as a hint. */
  private static final Pattern SEPARATOR_LINE = Pattern.compile("\"?[Ss][Ee][Pp]=(.?)\"?[ \t]*");

  private static final char BOM = '\uFEFF';

  /** How far the separator line and the header's separator are looked for, in characters. */
  private static final int PEEK_LIMIT = 64 * 1024;

  private static final Map<String, Column> COLUMNS_BY_NAME = columnsByName();

  private SkmCsvFormat() {}

  /**
   * Reads survey CSV as it streams in (a byte order mark, Excel's {@code sep=} first line, else the
   * separator detected from the header) into a survey; every problem of the file in one exception.
   * Holds one row at a time besides the responses read.
   *
   * @throws IOException when the reader fails (a {@link java.nio.charset.CharacterCodingException}
   *     for a file that is not in the reader's charset)
   */
  public static SkmSurvey read(
      Reader source, String name, SkmProfile profile, BlankAnswers blankAnswers)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    BufferedReader in = new BufferedReader(source, PEEK_LIMIT);
    skipByteOrderMark(in);
    int linesBefore = 0;
    char separator;
    Optional<String> declared = separatorLine(in);
    if (declared.isPresent()) {
      // the records start on line 2, so every line keeps its number in the messages
      linesBefore = 1;
      String value = declared.get();
      if (value.equals(";") || value.equals(",")) {
        separator = value.charAt(0);
      } else {
        problems.add(
            value.isEmpty()
                ? Problem.of(1, "", value, "survey.problem.noSeparator")
                : Problem.of(1, "", value, "survey.problem.separator", value));
        separator = detectSeparator(in, true);
      }
    } else {
      separator = detectSeparator(in, false);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    // not closed: the caller owns the reader
    CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get();
    Rows rows = new Rows(parser, linesBefore, problems);
    Optional<Row> header = rows.next();
    if (header.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(
            Problem.of(
                1,
                "",
                "",
                "survey.problem.noHeader",
                profile.codes().get(0),
                last(profile.codes()),
                optionalColumnNames()));
      }
      throw rejected(name, problems);
    }
    Map<Integer, SkmElement> elementAt = new LinkedHashMap<>();
    Map<Integer, Column> columnAt = new LinkedHashMap<>();
    readHeader(header.get(), profile, elementAt, columnAt, problems);
    if (!problems.isEmpty()) {
      throw rejected(name, problems);
    }
    List<String> names = header.get().fields().stream().map(String::strip).toList();
    List<SkmResponse> responses = new ArrayList<>();
    boolean anyRow = false;
    for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
      anyRow = true;
      readRow(row.get(), names, profile, blankAnswers, elementAt, columnAt, problems)
          .ifPresent(responses::add);
    }
    if (!anyRow && problems.isEmpty()) {
      problems.add(
          Problem.of(
              header.get().line() + 1,
              "",
              "",
              "survey.problem.noRows",
              profile.codes().get(0),
              last(profile.codes())));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      throw rejected(name, problems);
    }
    return SkmSurvey.of(profile, responses);
  }

  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  /**
   * The records that are not blank (Excel leaves rows of empty fields), each with the line it
   * starts on; a record Commons CSV cannot split is a problem on its line and ends the reading.
   */
  private static final class Rows {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int linesBefore;
    private final List<Problem> problems;

    Rows(CSVParser parser, int linesBefore, List<Problem> problems) {
      this.parser = parser;
      this.records = parser.iterator();
      this.linesBefore = linesBefore;
      this.problems = problems;
    }

    Optional<Row> next() throws IOException {
      while (true) {
        // the parser has read up to the end of the previous record: this one starts on the next
        int line = linesBefore + (int) parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return Optional.empty();
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CSVException malformed) {
            problems.add(malformed(line, malformed));
            return Optional.empty();
          }
          throw e.getCause();
        }
        List<String> fields = record.toList();
        if (!fields.stream().allMatch(String::isBlank)) {
          return Optional.of(new Row(line, fields));
        }
      }
    }

    private static Problem malformed(int line, CSVException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("EOF reached before encapsulated token finished")) {
        return Problem.of(line, "", "", "survey.problem.unclosedQuote");
      }
      if (message.contains("Invalid character between encapsulated token and delimiter")) {
        return Problem.of(line, "", "", "survey.problem.textAfterQuote");
      }
      return Problem.of(line, "", "", "survey.problem.unreadableRow", message);
    }
  }

  private static void skipByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != BOM) {
      in.reset();
    }
  }

  /**
   * The separator Excel's first line {@code sep=;} declares (possibly none or another character),
   * with that line consumed; empty, with nothing consumed, when the first line is no such line.
   */
  private static Optional<String> separatorLine(BufferedReader in) throws IOException {
    in.mark(PEEK_LIMIT);
    StringBuilder line = new StringBuilder();
    int c = in.read();
    while (c >= 0 && c != '\n' && c != '\r' && line.length() < PEEK_LIMIT - 2) {
      line.append((char) c);
      c = in.read();
    }
    var matcher = SEPARATOR_LINE.matcher(line);
    if (!matcher.matches()) {
      in.reset();
      return Optional.empty();
    }
    if (c == '\r') {
      in.mark(1);
      if (in.read() != '\n') {
        in.reset();
      }
    }
    return Optional.of(matcher.group(1));
  }

  /**
   * The separator of the first record, which stays unread: {@code ;} when it holds more semicolons
   * than commas outside quotes (Excel in an Indonesian locale writes {@code ;}), otherwise {@code
   * ,}. Looks at the first {@value #PEEK_LIMIT} characters at most.
   *
   * @param skipBlank whether leading blank lines and spaces are passed over first
   */
  private static char detectSeparator(BufferedReader in, boolean skipBlank) throws IOException {
    in.mark(PEEK_LIMIT);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    int c = in.read();
    int read = 1;
    while (skipBlank && c >= 0 && Character.isWhitespace(c) && read < PEEK_LIMIT) {
      c = in.read();
      read++;
    }
    while (c >= 0 && read < PEEK_LIMIT) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
      c = in.read();
      read++;
    }
    in.reset();
    return semicolons > commas ? ';' : ',';
  }

  private static void readHeader(
      Row header,
      SkmProfile profile,
      Map<Integer, SkmElement> elementAt,
      Map<Integer, Column> columnAt,
      List<Problem> problems) {
    int line = header.line();
    Map<String, Integer> seen = new HashMap<>();
    for (int index = 0; index < header.fields().size(); index++) {
      String name = header.fields().get(index).strip();
      String key = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        problems.add(Problem.of(line, "", "", "survey.problem.unnamedColumn", index + 1));
        continue;
      }
      Integer earlier = seen.put(key, index);
      if (earlier != null) {
        problems.add(
            Problem.of(
                line, name, name, "survey.problem.duplicateColumn", name, earlier + 1, index + 1));
        continue;
      }
      if (ELEMENT_CODE.matcher(name).matches()) {
        String code = name.toUpperCase(Locale.ROOT);
        var element = profile.element(code);
        if (element.isPresent()) {
          elementAt.put(index, element.get());
        } else {
          problems.add(unknownElement(line, name, code, profile));
        }
        continue;
      }
      Column column = COLUMNS_BY_NAME.get(key);
      if (column == null) {
        problems.add(
            Problem.of(
                line,
                name,
                name,
                "survey.problem.unknownColumn",
                name,
                profile.codes().get(0),
                last(profile.codes()),
                optionalColumnNames()));
      } else if (columnAt.containsValue(column)) {
        String other =
            columnAt.entrySet().stream()
                .filter(entry -> entry.getValue() == column)
                .map(entry -> header.fields().get(entry.getKey()).strip())
                .findFirst()
                .orElseThrow();
        problems.add(
            Problem.of(line, name, name, "survey.problem.sameColumn", other, name, column.header));
      } else {
        columnAt.put(index, column);
      }
    }
    List<SkmElement> missing =
        profile.elements().stream().filter(element -> !elementAt.containsValue(element)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          Problem.of(
              line,
              "",
              "",
              "survey.problem.missingElements",
              String.join(", ", missing.stream().map(SkmElement::toString).toList()),
              String.join(", ", missing.stream().map(e -> indonesian(profile, e)).toList()),
              profile.regulation(),
              profile.codes().get(0),
              last(profile.codes())));
    }
  }

  private static Optional<SkmResponse> readRow(
      Row row,
      List<String> names,
      SkmProfile profile,
      BlankAnswers blankAnswers,
      Map<Integer, SkmElement> elementAt,
      Map<Integer, Column> columnAt,
      List<Problem> problems) {
    int line = row.line();
    if (row.fields().size() != names.size()) {
      problems.add(
          Problem.of(line, "", "", "survey.problem.rowLength", row.fields().size(), names.size()));
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, Integer> answers = new LinkedHashMap<>();
    elementAt.forEach(
        (index, element) -> {
          String value = row.fields().get(index).strip();
          String column = names.get(index);
          if (value.isEmpty()) {
            if (blankAnswers == BlankAnswers.REJECT) {
              problems.add(
                  Problem.of(
                      line,
                      column,
                      "",
                      "survey.problem.noAnswer",
                      element,
                      indonesian(profile, element),
                      SkmResponse.MIN_ANSWER,
                      SkmResponse.MAX_ANSWER));
            }
            return;
          }
          Integer answer = parseInt(value);
          if (answer == null) {
            problems.add(
                Problem.of(
                    line,
                    column,
                    value,
                    "survey.problem.notNumber",
                    value,
                    SkmResponse.MIN_ANSWER,
                    SkmResponse.MAX_ANSWER));
          } else if (answer < SkmResponse.MIN_ANSWER || answer > SkmResponse.MAX_ANSWER) {
            problems.add(
                Problem.of(
                    line,
                    column,
                    value,
                    "survey.problem.outOfRange",
                    value,
                    SkmResponse.MIN_ANSWER,
                    SkmResponse.MAX_ANSWER));
          } else {
            answers.put(element.code(), answer);
          }
        });
    SkmRespondent.Builder respondent = SkmRespondent.builder();
    columnAt.forEach(
        (index, column) -> {
          String value = row.fields().get(index).strip();
          String name = names.get(index);
          if (!value.isEmpty()) {
            readRespondentField(line, name, column, value, respondent, problems);
          }
        });
    if (problems.size() == before && answers.isEmpty()) {
      problems.add(
          Problem.of(
              line,
              "",
              "",
              "survey.problem.allBlank",
              profile.codes().get(0),
              last(profile.codes())));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(SkmResponse.withBlanks(profile, answers, respondent.build()));
  }

  private static void readRespondentField(
      int line,
      String name,
      Column column,
      String value,
      SkmRespondent.Builder respondent,
      List<Problem> problems) {
    switch (column) {
      case RESPONDENT -> respondent.id(value);
      case AGE -> {
        Integer age = parseInt(value);
        if (age == null || age < SkmRespondent.MIN_AGE || age > SkmRespondent.MAX_AGE) {
          problems.add(
              Problem.of(
                  line,
                  name,
                  value,
                  "survey.problem.notAge",
                  value,
                  SkmRespondent.MIN_AGE,
                  SkmRespondent.MAX_AGE));
        } else {
          respondent.age(age);
        }
      }
      case SEX -> respondent.sex(value);
      case EDUCATION -> respondent.education(value);
      case OCCUPATION -> respondent.occupation(value);
      case SERVICE -> respondent.service(value);
      case UNIT -> respondent.unit(value);
      case DATE -> {
        try {
          respondent.date(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
          problems.add(Problem.of(line, name, value, "survey.problem.notDate", value));
        }
      }
    }
  }

  /**
   * Writes a survey: a header, then one row per response; respondent columns only when some
   * response gives them, then the element columns; CRLF line ends; fields quoted as RFC 4180 needs
   * (Commons CSV's minimal quoting).
   *
   * @throws IllegalArgumentException for a separator other than {@code ,} and {@code ;}
   * @throws IOException when {@code out} fails
   */
  public static void write(SkmSurvey survey, char separator, Appendable out) throws IOException {
    requireSeparator(separator);
    List<Column> columns = new ArrayList<>();
    for (Column column : Column.values()) {
      if (survey.responses().stream()
          .anyMatch(response -> column.value.apply(response.respondent()) != null)) {
        columns.add(column);
      }
    }
    List<String> header = new ArrayList<>();
    columns.forEach(column -> header.add(column.header));
    header.addAll(survey.profile().codes());
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator).get());
    csv.printRecord(header);
    for (SkmResponse response : survey.responses()) {
      // a missing value is null, which Commons CSV writes as an empty field even first in a row
      // (where it would quote an empty string)
      List<Object> row = new ArrayList<>();
      for (Column column : columns) {
        row.add(column.value.apply(response.respondent()));
      }
      for (String code : survey.profile().codes()) {
        row.add(response.answers().get(code));
      }
      csv.printRecord(row);
    }
    csv.flush();
  }

  /**
   * Checks a separator to write with.
   *
   * @throws IllegalArgumentException for a separator other than {@code ,} and {@code ;}
   */
  public static void requireSeparator(char separator) {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException(
          "the separator must be ',' or ';', but was '" + separator + "'");
    }
  }

  private static Integer parseInt(String value) {
    if (!value.matches("[+-]?[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(value);
  }

  private static InvalidSurveyFileException rejected(String source, List<Problem> problems) {
    return new InvalidSurveyFileException(source, problems);
  }

  /** An element column the profile lacks, naming the known profile that has it, if one does. */
  private static Problem unknownElement(int line, String name, String code, SkmProfile profile) {
    String first = profile.codes().get(0);
    String last = last(profile.codes());
    return SkmProfile.known().stream()
        .filter(other -> !other.equals(profile) && other.element(code).isPresent())
        .findFirst()
        .map(
            other ->
                Problem.of(
                    line,
                    name,
                    name,
                    "survey.problem.unknownElementOfOtherProfile",
                    name,
                    profile.regulation(),
                    first,
                    last,
                    code,
                    other.regulation(),
                    other.id()))
        .orElseGet(
            () ->
                Problem.of(
                    line,
                    name,
                    name,
                    "survey.problem.unknownElement",
                    name,
                    profile.regulation(),
                    first,
                    last));
  }

  /** {@code U4 (Biaya/tarif)}: the element as an Indonesian reader knows it. */
  private static String indonesian(SkmProfile profile, SkmElement element) {
    return element.code() + " (" + profile.elementName(element, Messages.INDONESIAN) + ")";
  }

  private static String optionalColumnNames() {
    return Arrays.stream(Column.values())
        .map(column -> column.header)
        .collect(Collectors.joining(", "));
  }

  private static String last(List<String> codes) {
    return codes.get(codes.size() - 1);
  }

  private static Map<String, Column> columnsByName() {
    Map<String, Column> byName = new HashMap<>();
    for (Column column : Column.values()) {
      byName.put(column.header, column);
      column.aliases.forEach(alias -> byName.put(alias, column));
    }
    return Map.copyOf(byName);
  }
}
