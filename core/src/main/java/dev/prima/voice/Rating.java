package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a citizen rated one moment of truth: an SKM score from 1 to 4 ({@link Skm}) or Carlzon's
 * moments of misery and magic ({@link Moment}).
 *
 * <pre>{@code
 * prima.ratings().rate(touchpointId, Rating.skm(4), "Quick and friendly");
 * prima.ratings().rate(touchpointId, Rating.Moment.MISERY, "Sent home for a photocopy");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Rating permits Rating.Skm, Rating.Moment {

  /**
   * {@return the stored value: {@code 1}..{@code 4} or {@code MISERY}, {@code NEUTRAL}, {@code
   * MAGIC}}
   */
  String value();

  /** {@return the scale: {@code SKM} or {@code MOMENT}} */
  String scale();

  /**
   * {@return an SKM score (Permenpan RB 14/2017): 1 worst to 4 best}
   *
   * @param score 1 to 4
   * @throws InvalidVoiceException when the score is outside 1 to 4
   */
  static Skm skm(int score) {
    return new Skm(score);
  }

  /**
   * {@return a rating from its stored scale and value}
   *
   * @param scale {@code SKM} or {@code MOMENT}
   * @param value the stored value
   */
  static Rating of(String scale, String value) {
    return switch (scale) {
      case Skm.SCALE -> new Skm(Integer.parseInt(value));
      case Moment.SCALE -> Moment.valueOf(value);
      default ->
          throw new InvalidVoiceException(
              "rating scale must be SKM or MOMENT, but was '" + scale + "'");
    };
  }

  /**
   * An SKM score from 1 (worst) to 4 (best).
   *
   * @param score 1 (worst) to 4 (best)
   */
  record Skm(int score) implements Rating {
    static final String SCALE = "SKM";

    /**
     * Checks the score.
     *
     * @param score 1 to 4
     * @throws InvalidVoiceException when the score is outside 1 to 4
     */
    public Skm {
      if (score < 1 || score > 4) {
        throw new InvalidVoiceException("rating must be 1 to 4 (SKM scale), but was " + score);
      }
    }

    @Override
    public String value() {
      return Integer.toString(score);
    }

    @Override
    public String scale() {
      return SCALE;
    }
  }

  /** A moment of misery, an unremarkable one, or a moment of magic. */
  enum Moment implements Rating {
    /** A moment of misery: the citizen had a bad experience here. */
    MISERY,
    /** An unremarkable moment. */
    NEUTRAL,
    /** A moment of magic: the service surpassed what the citizen expected. */
    MAGIC;

    static final String SCALE = "MOMENT";

    @Override
    public String value() {
      return name();
    }

    @Override
    public String scale() {
      return SCALE;
    }
  }
}
