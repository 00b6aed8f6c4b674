package dev.prima.quality.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks)
 * into records that remember the line they start on.
 */
public final class CsvTokenizer {

  /** One record and the 1-based line it starts on. */
  public record Record(int line, List<String> fields) {
    public boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** A record the tokenizer could not split. */
  public record Malformed(int line, String message) {}

  /** Records in file order and the lines that could not be split. */
  public record Result(List<Record> records, List<Malformed> malformed) {}

  private CsvTokenizer() {}

  /**
   * The separator of the first line: {@code ;} when it holds more semicolons than commas outside
   * quotes (Excel in an Indonesian locale writes {@code ;}), otherwise {@code ,}.
   */
  public static char detectSeparator(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  public static Result split(String text, char separator) {
    List<Record> records = new ArrayList<>();
    List<Malformed> malformed = new ArrayList<>();
    int line = 1;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      String problem = null;
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (field.length() == 0 && i < length && text.charAt(i) == '"') {
          i++;
          boolean closed = false;
          while (i < length) {
            char c = text.charAt(i);
            if (c == '"' && i + 1 < length && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else if (c == '"') {
              i++;
              closed = true;
              break;
            } else {
              if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                line++;
              }
              field.append(c);
              i++;
            }
          }
          if (!closed && problem == null) {
            problem = "a quote opened on this line is never closed";
          }
          if (i < length && !isEnd(text.charAt(i), separator) && problem == null) {
            problem =
                "text after the closing quote of a field; double a quote inside a field (\"\")";
          }
          while (i < length && !isEnd(text.charAt(i), separator)) {
            field.append(text.charAt(i++));
          }
        } else {
          while (i < length && !isEnd(text.charAt(i), separator)) {
            field.append(text.charAt(i++));
          }
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i < length && text.charAt(i) == separator) {
          i++;
        } else {
          if (i < length && text.charAt(i) == '\r') {
            i++;
          }
          if (i < length && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          endOfRecord = true;
        }
      }
      if (problem != null) {
        malformed.add(new Malformed(recordLine, problem));
      } else {
        records.add(new Record(recordLine, List.copyOf(fields)));
      }
    }
    return new Result(List.copyOf(records), List.copyOf(malformed));
  }

  private static boolean isEnd(char c, char separator) {
    return c == separator || c == '\n' || c == '\r';
  }
}
