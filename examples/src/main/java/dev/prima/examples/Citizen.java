package dev.prima.examples;

import java.util.List;
import java.util.stream.IntStream;

/** A citizen applying for a certificate, with the business key of the application. */
record Citizen(String businessKey, String name, String userId) {

  private static final String[] FIRST_NAMES = {
    "Ahmad", "Dewi", "Rina", "Agus", "Sri", "Bambang", "Putri", "Joko", "Wati", "Hendra"
  };
  private static final String[] LAST_NAMES = {
    "Fauzi", "Lestari", "Wulandari", "Santoso", "Rahayu",
    "Hidayat", "Kusuma", "Saputra", "Nugroho", "Pratama"
  };

  /** The first {@code count} citizens of the demo (1 to 100), with distinct names. */
  static List<Citizen> first(int count) {
    if (count < 1 || count > FIRST_NAMES.length * LAST_NAMES.length) {
      throw new IllegalArgumentException("count must be between 1 and 100, but was " + count);
    }
    return IntStream.range(0, count).mapToObj(Citizen::numbered).toList();
  }

  private static Citizen numbered(int index) {
    String first = FIRST_NAMES[index % FIRST_NAMES.length];
    String last =
        LAST_NAMES[(index % FIRST_NAMES.length + index / FIRST_NAMES.length) % LAST_NAMES.length];
    return new Citizen(
        String.format("SKT-2026-%04d", index + 1),
        first + " " + last,
        first.toLowerCase() + "." + last.toLowerCase());
  }
}
