package dev.prima.quality.internal;

import dev.prima.quality.BlankAnswers;
import dev.prima.quality.InvalidSurveyFileException;
import dev.prima.quality.InvalidSurveyFileException.Problem;
import dev.prima.quality.SkmElement;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmRespondent;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmSurvey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The spreadsheet layout of SKM answers: a header row, then one row per respondent. */
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
  private static final Pattern SEPARATOR_LINE =
      Pattern.compile("\"?[Ss][Ee][Pp]=(.?)\"?[ \t]*(?=\r?\n|\r|$)");

  private static final Map<String, Column> COLUMNS_BY_NAME = columnsByName();

  private SkmCsvFormat() {}

  /**
   * Reads CSV text (without BOM; separator from Excel's {@code sep=} first line, else detected from
   * the header) into a survey; every problem of the file in one exception.
   */
  public static SkmSurvey read(
      String text, String source, SkmProfile profile, BlankAnswers blankAnswers) {
    List<Problem> problems = new ArrayList<>();
    var separatorLine = SEPARATOR_LINE.matcher(text);
    char separator;
    if (separatorLine.lookingAt()) {
      String declared = separatorLine.group(1);
      // the line stays, emptied, so every later line keeps its number in the messages
      text = text.substring(separatorLine.end());
      if (declared.equals(";") || declared.equals(",")) {
        separator = declared.charAt(0);
      } else {
        problems.add(
            new Problem(
                1,
                "",
                declared,
                "the separator line 'sep="
                    + declared
                    + "' declares "
                    + (declared.isEmpty() ? "no separator" : "'" + declared + "'")
                    + ", expected sep=; or sep=,"));
        separator = CsvTokenizer.detectSeparator(text.stripLeading());
      }
    } else {
      separator = CsvTokenizer.detectSeparator(text);
    }
    CsvTokenizer.Result split = CsvTokenizer.split(text, separator);
    split.malformed().forEach(m -> problems.add(new Problem(m.line(), "", "", m.message())));
    List<CsvTokenizer.Record> records =
        split.records().stream().filter(record -> !record.isBlank()).toList();
    if (records.isEmpty()) {
      problems.add(
          new Problem(
              1,
              "",
              "",
              "no header row; the first row names the columns "
                  + profile.codes().get(0)
                  + ".."
                  + last(profile.codes())
                  + " and optionally "
                  + optionalColumnNames()));
      throw rejected(source, problems);
    }
    CsvTokenizer.Record header = records.get(0);
    Map<Integer, SkmElement> elementAt = new LinkedHashMap<>();
    Map<Integer, Column> columnAt = new LinkedHashMap<>();
    readHeader(header, profile, elementAt, columnAt, problems);
    if (problems.stream().anyMatch(problem -> problem.line() <= header.line())) {
      throw rejected(source, problems);
    }
    List<String> names = header.fields().stream().map(String::strip).toList();
    List<SkmResponse> responses = new ArrayList<>();
    for (CsvTokenizer.Record row : records.subList(1, records.size())) {
      readRow(row, names, profile, blankAnswers, elementAt, columnAt, problems)
          .ifPresent(responses::add);
    }
    if (records.size() == 1 && problems.isEmpty()) {
      problems.add(
          new Problem(
              header.line() + 1,
              "",
              "",
              "no questionnaire below the header; each row after the header is one respondent's"
                  + " answers to "
                  + profile.codes().get(0)
                  + ".."
                  + last(profile.codes())));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      throw rejected(source, problems);
    }
    return SkmSurvey.of(profile, responses);
  }

  private static void readHeader(
      CsvTokenizer.Record header,
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
        problems.add(
            new Problem(line, "", "", "column " + (index + 1) + " has no name in the header"));
        continue;
      }
      Integer earlier = seen.put(key, index);
      if (earlier != null) {
        problems.add(
            new Problem(
                line,
                name,
                name,
                "column '"
                    + name
                    + "' appears twice (columns "
                    + (earlier + 1)
                    + " and "
                    + (index + 1)
                    + "); keep one"));
        continue;
      }
      if (ELEMENT_CODE.matcher(name).matches()) {
        String code = name.toUpperCase(Locale.ROOT);
        var element = profile.element(code);
        if (element.isPresent()) {
          elementAt.put(index, element.get());
        } else {
          problems.add(
              new Problem(
                  line,
                  name,
                  name,
                  "unknown element column "
                      + name
                      + ": "
                      + profile.regulation()
                      + " has "
                      + profile.codes().get(0)
                      + ".."
                      + last(profile.codes())
                      + otherProfileHint(code, profile)));
        }
        continue;
      }
      Column column = COLUMNS_BY_NAME.get(key);
      if (column == null) {
        problems.add(
            new Problem(
                line,
                name,
                name,
                "unknown column '"
                    + name
                    + "', expected element columns "
                    + profile.codes().get(0)
                    + ".."
                    + last(profile.codes())
                    + " or "
                    + optionalColumnNames()));
      } else if (columnAt.containsValue(column)) {
        String other =
            columnAt.entrySet().stream()
                .filter(entry -> entry.getValue() == column)
                .map(entry -> header.fields().get(entry.getKey()).strip())
                .findFirst()
                .orElseThrow();
        problems.add(
            new Problem(
                line,
                name,
                name,
                "columns '"
                    + other
                    + "' and '"
                    + name
                    + "' both give the "
                    + column.header
                    + "; keep one"));
      } else {
        columnAt.put(index, column);
      }
    }
    List<String> missing =
        profile.elements().stream()
            .filter(element -> !elementAt.containsValue(element))
            .map(SkmElement::toString)
            .toList();
    if (!missing.isEmpty()) {
      problems.add(
          new Problem(
              line,
              "",
              "",
              "the header has no column for "
                  + String.join(", ", missing)
                  + "; "
                  + profile.regulation()
                  + " needs one column per element "
                  + profile.codes().get(0)
                  + ".."
                  + last(profile.codes())));
    }
  }

  private static Optional<SkmResponse> readRow(
      CsvTokenizer.Record row,
      List<String> names,
      SkmProfile profile,
      BlankAnswers blankAnswers,
      Map<Integer, SkmElement> elementAt,
      Map<Integer, Column> columnAt,
      List<Problem> problems) {
    int line = row.line();
    if (row.fields().size() != names.size()) {
      problems.add(
          new Problem(
              line,
              "",
              "",
              "the row has "
                  + row.fields().size()
                  + " fields, but the header has "
                  + names.size()
                  + " columns; check for a missing or extra separator"));
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, Integer> answers = new LinkedHashMap<>();
    elementAt.forEach(
        (index, element) -> {
          String value = row.fields().get(index).strip();
          String column = names.get(index);
          String expected =
              ", expected " + SkmResponse.MIN_ANSWER + " to " + SkmResponse.MAX_ANSWER;
          if (value.isEmpty()) {
            if (blankAnswers == BlankAnswers.REJECT) {
              problems.add(
                  new Problem(
                      line,
                      column,
                      "",
                      "no answer for "
                          + element
                          + expected
                          + " (to count a blank answer as Permenpan RB 14/2017 does, leaving"
                          + " the questionnaire out of that element only, read with blank"
                          + " answers counted per element)"));
            }
            return;
          }
          Integer answer = parseInt(value);
          if (answer == null) {
            problems.add(
                new Problem(line, column, value, "'" + value + "' is not a number" + expected));
          } else if (answer < SkmResponse.MIN_ANSWER || answer > SkmResponse.MAX_ANSWER) {
            problems.add(
                new Problem(line, column, value, "'" + value + "' is out of range" + expected));
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
          new Problem(
              line,
              "",
              "",
              "every answer is blank; a questionnaire needs at least one answer to "
                  + profile.codes().get(0)
                  + ".."
                  + last(profile.codes())));
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
              new Problem(
                  line,
                  name,
                  value,
                  "'"
                      + value
                      + "' is not an age in years, expected "
                      + SkmRespondent.MIN_AGE
                      + " to "
                      + SkmRespondent.MAX_AGE));
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
          problems.add(
              new Problem(
                  line,
                  name,
                  value,
                  "'" + value + "' is not a date, expected yyyy-MM-dd such as 2024-03-15"));
        }
      }
    }
  }

  /**
   * Writes a survey: a header, then one row per response; respondent columns only when some
   * response gives them, then the element columns; CRLF line ends.
   */
  public static String write(SkmSurvey survey, char separator) {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException(
          "the separator must be ',' or ';', but was '" + separator + "'");
    }
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
    StringBuilder csv = new StringBuilder();
    appendRow(csv, header, separator);
    for (SkmResponse response : survey.responses()) {
      List<String> row = new ArrayList<>();
      for (Column column : columns) {
        Object value = column.value.apply(response.respondent());
        row.add(value == null ? "" : value.toString());
      }
      for (String code : survey.profile().codes()) {
        Integer answer = response.answers().get(code);
        row.add(answer == null ? "" : answer.toString());
      }
      appendRow(csv, row, separator);
    }
    return csv.toString();
  }

  private static void appendRow(StringBuilder csv, List<String> fields, char separator) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(separator);
      }
      csv.append(quoted(fields.get(i), separator));
    }
    csv.append("\r\n");
  }

  private static String quoted(String field, char separator) {
    boolean needsQuotes =
        field.indexOf(separator) >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0
            || !field.equals(field.strip());
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
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

  private static String otherProfileHint(String code, SkmProfile profile) {
    return SkmProfile.known().stream()
        .filter(other -> !other.equals(profile) && other.element(code).isPresent())
        .findFirst()
        .map(
            other ->
                " (a file with "
                    + code
                    + " may follow "
                    + other.regulation()
                    + ": use profile "
                    + other.id()
                    + ")")
        .orElse("");
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
