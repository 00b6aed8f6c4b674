package dev.prima.quality.internal;

import dev.prima.quality.SkmProfile;
import dev.prima.quality.WeightPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
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
    return score(profile, policy, totals.stream().map(total -> respondents).toList(), totals);
  }

  /**
   * Scores element totals, each divided by the questionnaires that answered that element ({@code
   * answered}, in the same order), as Permenpan RB 14/2017 counts blank answers. The IKM is still
   * one exact division: 25 w &Sigma; t_i/a_i = 25 w &Sigma; t_i (L/a_i) / L with L the least common
   * multiple of the a_i, which is the single-count formula when every a_i is the same.
   */
  public static Scores score(
      SkmProfile profile, WeightPolicy policy, List<Integer> answered, List<Long> totals) {
    int n = profile.elements().size();
    BigDecimal numerator = policy == WeightPolicy.EXACT ? BigDecimal.ONE : policy.weight(n);
    BigDecimal denominator = BigDecimal.valueOf(policy == WeightPolicy.EXACT ? n : 1);

    BigInteger common = BigInteger.ONE;
    for (int count : answered) {
      BigInteger a = BigInteger.valueOf(count);
      common = common.divide(common.gcd(a)).multiply(a);
    }
    BigInteger sum = BigInteger.ZERO;
    List<BigDecimal> nrr = new java.util.ArrayList<>();
    List<BigDecimal> weighted = new java.util.ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      BigDecimal total = BigDecimal.valueOf(totals.get(i));
      BigDecimal people = BigDecimal.valueOf(answered.get(i));
      nrr.add(divide(total, people));
      weighted.add(divide(numerator.multiply(total), denominator.multiply(people)));
      sum =
          sum.add(
              BigInteger.valueOf(totals.get(i))
                  .multiply(common.divide(BigInteger.valueOf(answered.get(i)))));
    }
    BigDecimal ikmNumerator = SCALE.multiply(numerator).multiply(new BigDecimal(sum));
    BigDecimal weightedPeople = denominator.multiply(new BigDecimal(common));
    BigDecimal unrounded = divide(ikmNumerator, weightedPeople);
    BigDecimal ikm = ikmNumerator.divide(weightedPeople, 2, RoundingMode.HALF_UP);
    return new Scores(List.copyOf(nrr), List.copyOf(weighted), unrounded, ikm);
  }

  private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal quotient = dividend.divide(divisor, PRECISION).stripTrailingZeros();
    return quotient.scale() < 0 ? quotient.setScale(0) : quotient;
  }
}
