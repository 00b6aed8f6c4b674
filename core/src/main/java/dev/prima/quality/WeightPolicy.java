package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Which weight each element gets: a policy, because the regulation's weight 1/9 is printed as
 * "0,11" and many agencies compute with 0.111. The rounded policies round 1/n of the profile's n
 * elements, so for the fourteen elements of Kepmenpan 25/2004 they give 0.071 and 0.07.
 *
 * <p>With rounded weights the weights no longer add up to 1: nine answers of 4 give 99.90 with
 * 0.111 and 99.00 with 0.11 instead of 100. That is what those agencies publish, so Prima
 * reproduces it rather than correcting it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum WeightPolicy {
  /** Exactly 1/n, computed as a fraction: the default. */
  EXACT("exact", -1),
  /** 1/n rounded half-up to three decimals: 0.111 for nine elements, 0.071 for fourteen. */
  ROUNDED_0_111("0.111", 3),
  /** 1/n rounded half-up to two decimals: 0.11 for nine elements, 0.07 for fourteen. */
  ROUNDED_0_11("0.11", 2);

  private final String id;
  private final int decimals;

  WeightPolicy(String id, int decimals) {
    this.id = id;
    this.decimals = decimals;
  }

  /**
   * {@code exact}, {@code 0.111} or {@code 0.11}: the names used on the command line.
   *
   * @return the policy's name on the command line: {@code exact}, {@code 0.111} or {@code 0.11}
   */
  public String id() {
    return id;
  }

  /**
   * {@return the policy with the given {@link #id()}}
   *
   * @param id {@code exact}, {@code 0.111} or {@code 0.11}
   * @throws IllegalArgumentException naming the valid ids if there is none
   */
  public static WeightPolicy byId(String id) {
    return Arrays.stream(values())
        .filter(policy -> policy.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown weight policy '"
                        + id
                        + "', expected one of "
                        + Arrays.stream(values())
                            .map(WeightPolicy::id)
                            .collect(Collectors.joining(", "))));
  }

  /**
   * {@return the weight of one element when a profile has {@code elementCount} elements} For {@link
   * #EXACT} this shows 1/n to 34 significant digits; scores use the exact fraction.
   *
   * @param elementCount the number of elements, at least 1
   * @throws IllegalArgumentException if {@code elementCount} is not positive or the rounded weight
   *     would be zero
   */
  public BigDecimal weight(int elementCount) {
    if (elementCount < 1) {
      throw new IllegalArgumentException("elementCount must be positive, but was " + elementCount);
    }
    if (this == EXACT) {
      return BigDecimal.ONE.divide(BigDecimal.valueOf(elementCount), MathContext.DECIMAL128);
    }
    BigDecimal weight =
        BigDecimal.ONE.divide(BigDecimal.valueOf(elementCount), decimals, RoundingMode.HALF_UP);
    if (weight.signum() == 0) {
      throw new IllegalArgumentException(
          "1/" + elementCount + " rounded to " + decimals + " decimals is 0; use EXACT");
    }
    return weight;
  }

  /**
   * {@code 1/9} for {@link #EXACT}, otherwise the rounded weight such as {@code 0.111}.
   *
   * @param elementCount the number of elements, at least 1
   * @return the weight as shown in reports
   */
  public String describe(int elementCount) {
    return this == EXACT ? "1/" + elementCount : weight(elementCount).toPlainString();
  }
}
