package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/** Human-friendly text for durations, as used in {@link ServiceCycle#toTimeline()}. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Durations {

  private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
  private static final String[] UNIT_NAMES = {"d", "h", "m", "s", "ms"};
  private static final String[] UNIT_NAMES_ID = {" hari", " jam", " mnt", " dtk", " ms"};

  private Durations() {}

  /**
   * Formats a duration with its largest unit and, when not zero, the next smaller one: {@code 2d
   * 3h}, {@code 1h}, {@code 15m 20s}, {@code 1s 500ms}, {@code 850ms}. The units are days (24
   * hours), hours, minutes, seconds and milliseconds; the rest is cut off, not rounded, so {@code
   * 2d 3h 59m} prints as {@code 2d 3h}. Zero and anything under a millisecond print as {@code 0s};
   * a negative duration gets a leading {@code -}.
   *
   * @param duration the duration to format
   * @return the short text, such as {@code 2d 3h}
   * @throws NullPointerException if {@code duration} is null
   */
  public static String format(Duration duration) {
    return format(duration, UNIT_NAMES);
  }

  /**
   * {@link #format(Duration)} in the language of {@code locale}: in Bahasa Indonesia (language
   * {@code id}) {@code 2 hari 3 jam}, {@code 15 mnt 20 dtk}, {@code 0 dtk}; English otherwise.
   *
   * @param duration the duration to format
   * @param locale the reader's locale
   * @return the short text in that language
   * @throws NullPointerException if {@code duration} is null
   */
  public static String format(Duration duration, Locale locale) {
    return format(
        duration,
        Messages.supported(locale).equals(Messages.INDONESIAN) ? UNIT_NAMES_ID : UNIT_NAMES);
  }

  private static String format(Duration duration, String[] unitNames) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      return "-" + format(duration.negated(), unitNames);
    }
    long rest = duration.toMillis();
    for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
      long amount = rest / UNIT_MILLIS[unit];
      if (amount > 0) {
        String text = amount + unitNames[unit];
        int next = unit + 1;
        if (next < UNIT_MILLIS.length) {
          long nextAmount = (rest % UNIT_MILLIS[unit]) / UNIT_MILLIS[next];
          if (nextAmount > 0) {
            text += " " + nextAmount + unitNames[next];
          }
        }
        return text;
      }
    }
    return "0" + unitNames[3];
  }
}
