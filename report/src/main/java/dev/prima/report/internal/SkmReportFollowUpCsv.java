package dev.prima.report.internal;

import dev.prima.quality.SkmElement;
import dev.prima.quality.SkmProfile;
import dev.prima.report.SkmReport.FollowUp;
import dev.prima.report.SkmReportFollowUpException;
import dev.prima.report.SkmReportFollowUpException.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the follow-up plan (rencana tindak lanjut) of an SKM report from CSV text. */
public final class SkmReportFollowUpCsv {

  /** The columns, each with the header names accepted for it (Indonesian first). */
  enum Column {
    ELEMENT(true, "unsur", "prioritas unsur", "kode unsur", "element"),
    PROBLEM(false, "masalah", "permasalahan", "problem"),
    PROGRAMME(true, "program/kegiatan", "program", "kegiatan", "programme", "activity"),
    TIME(true, "waktu", "jadwal", "time", "schedule"),
    RESPONSIBLE(true, "penanggung jawab", "penanggungjawab", "responsible", "person in charge");

    final boolean required;
    final List<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = List.of(names);
    }

    static Optional<Column> named(String header) {
      for (Column column : values()) {
        if (column.names.contains(header)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  private static final Pattern CODE = Pattern.compile("(?i)(u[0-9]+)(?:[\\s.:)\\-].*)?");

  private SkmReportFollowUpCsv() {}

  /**
   * The follow-up rows of {@code text}, whose elements must belong to {@code profile}.
   *
   * @throws SkmReportFollowUpException listing every problem with its line when any row is bad
   */
  public static List<FollowUp> read(String text, String source, SkmProfile profile) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Problem> problems = new ArrayList<>();
    List<FollowUp> rows = new ArrayList<>();
    String firstLine = content.lines().findFirst().orElse("");
    if (firstLine.isBlank()) {
      problems.add(Problem.of(1, "", "followUp.problem.noHeader"));
      throw new SkmReportFollowUpException(source, problems);
    }
    char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      Map<Column, Integer> columns = header(records.next(), profile, problems);
      if (!problems.isEmpty()) {
        throw new SkmReportFollowUpException(source, problems);
      }
      long line = parser.getCurrentLineNumber() + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(
              Problem.of((int) line, "", "followUp.problem.unreadableRow", e.getMessage()));
          break;
        }
        int start = (int) line;
        line = parser.getCurrentLineNumber() + 1;
        if (blank(record)) {
          continue;
        }
        row(record, start, columns, profile, problems).ifPresent(rows::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(Problem.of(1, "", "followUp.problem.noRows"));
    }
    if (!problems.isEmpty()) {
      throw new SkmReportFollowUpException(source, problems);
    }
    return List.copyOf(rows);
  }

  private static Map<Column, Integer> header(
      CSVRecord record, SkmProfile profile, List<Problem> problems) {
    Map<Column, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = normalise(record.get(i));
      Optional<Column> column = Column.named(name);
      if (column.isEmpty()) {
        continue;
      }
      if (columns.containsKey(column.get())) {
        problems.add(
            Problem.of(
                1,
                record.get(i).strip(),
                "followUp.problem.sameColumn",
                column.get().names.get(0)));
      } else {
        columns.put(column.get(), i);
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !columns.containsKey(column)) {
        problems.add(
            Problem.of(
                1,
                "",
                "followUp.problem.missingColumn",
                column.names.get(0),
                String.join(", ", column.names.subList(1, column.names.size())),
                profile.codes().get(0),
                profile.codes().get(profile.codes().size() - 1)));
      }
    }
    return columns;
  }

  private static Optional<FollowUp> row(
      CSVRecord record,
      int line,
      Map<Column, Integer> columns,
      SkmProfile profile,
      List<Problem> problems) {
    int before = problems.size();
    Map<Column, String> values = new LinkedHashMap<>();
    for (Map.Entry<Column, Integer> column : columns.entrySet()) {
      String value = column.getValue() < record.size() ? record.get(column.getValue()).strip() : "";
      values.put(column.getKey(), value);
      if (column.getKey().required && value.isEmpty()) {
        problems.add(
            Problem.of(
                line,
                column.getKey().names.get(0),
                switch (column.getKey()) {
                  case ELEMENT -> "followUp.problem.emptyElement";
                  case PROGRAMME -> "followUp.problem.emptyProgramme";
                  case TIME -> "followUp.problem.emptyTime";
                  default -> "followUp.problem.emptyResponsible";
                }));
      }
    }
    SkmElement element = null;
    String code = values.get(Column.ELEMENT);
    if (!code.isEmpty()) {
      Matcher matcher = CODE.matcher(code);
      Optional<SkmElement> found =
          matcher.matches()
              ? profile.element(matcher.group(1).toUpperCase(Locale.ROOT))
              : Optional.empty();
      if (found.isEmpty()) {
        problems.add(
            Problem.of(
                line,
                Column.ELEMENT.names.get(0),
                "followUp.problem.unknownElement",
                code,
                profile.regulation(),
                String.join(", ", profile.codes())));
      } else {
        element = found.get();
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        FollowUp.of(
            element,
            values.getOrDefault(Column.PROBLEM, ""),
            values.get(Column.PROGRAMME),
            values.get(Column.TIME),
            values.get(Column.RESPONSIBLE)));
  }

  private static boolean blank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }
}
