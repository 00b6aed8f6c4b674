package dev.prima.quality.internal;

import dev.prima.quality.SkmProfile;
import dev.prima.quality.WeightPolicy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * IKM arithmetic on exact numbers: every value is one division of exact integers and decimals, so
 * nothing drifts; only the published IKM is rounded, once, half-up to two decimals.
 */
public final class IkmCalculator {

  /** The factor mapping the 1-4 answer scale onto 25-100. */
  public static final BigDecimal SCALE = BigDecimal.valueOf(25);

  /** Precision of the values shown unrounded: 34 significant digits. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Scores of one group of respondents. */
  public record Scores(
      List<BigDecimal> nrr,
      List<BigDecimal> weightedNrr,
      BigDecimal unroundedIkm,
      BigDecimal ikm) {}

  private IkmCalculator() {}

  /**
   * Scores element totals (in the profile's element order) of {@code respondents} respondents.
   * Weight w = numerator / denominator: 1/n for EXACT, the rounded decimal over 1 otherwise.
   */
  public static Scores score(
      SkmProfile profile, WeightPolicy policy, int respondents, List<Long> totals) {
    int n = profile.elements().size();
    BigDecimal numerator = policy == WeightPolicy.EXACT ? BigDecimal.ONE : policy.weight(n);
    BigDecimal denominator = BigDecimal.valueOf(policy == WeightPolicy.EXACT ? n : 1);
    BigDecimal people = BigDecimal.valueOf(respondents);
    BigDecimal weightedPeople = denominator.multiply(people);

    List<BigDecimal> nrr =
        totals.stream().map(total -> divide(BigDecimal.valueOf(total), people)).toList();
    List<BigDecimal> weighted =
        totals.stream()
            .map(total -> divide(numerator.multiply(BigDecimal.valueOf(total)), weightedPeople))
            .toList();
    long sum = totals.stream().mapToLong(Long::longValue).sum();
    BigDecimal ikmNumerator = SCALE.multiply(numerator).multiply(BigDecimal.valueOf(sum));
    BigDecimal unrounded = divide(ikmNumerator, weightedPeople);
    BigDecimal ikm = ikmNumerator.divide(weightedPeople, 2, RoundingMode.HALF_UP);
    return new Scores(nrr, weighted, unrounded, ikm);
  }

  private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal quotient = dividend.divide(divisor, PRECISION).stripTrailingZeros();
    return quotient.scale() < 0 ? quotient.setScale(0) : quotient;
  }
}
