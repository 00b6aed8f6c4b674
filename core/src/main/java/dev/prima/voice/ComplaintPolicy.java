package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaConfigurationException;
import dev.prima.strategy.ServiceDuration;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How soon an agency promises to handle complaints: the acknowledgement and the resolution of each
 * {@link ComplaintTier}. The complaint-handling model reads it from the Prima instance that runs
 * it, and counts working days on that instance's working calendar.
 *
 * <p>Each default is the longest an agency may take; an agency may promise faster, never slower:
 *
 * <ul>
 *   <li>acknowledgement 14 days: UU 25/2009 on public services has the provider respond to a
 *       written complaint within 14 days of receiving it;
 *   <li>resolution {@code LIGHT} 2, {@code NORMATIVE} 5, {@code SERIOUS} 14 and {@code SUPERVISION}
 *       60 working days after classification: typical practice of agencies' complaint procedures
 *       under SP4N-LAPOR! (Perpres 76/2013) and the national complaint-management guideline
 *       (Permenpan RB 62/2018, which replaced 24/2014); check them against your agency's published
 *       procedure.
 * </ul>
 *
 * <pre>{@code
 * Prima prima = Prima.builder()
 *     .complaintPolicy(ComplaintPolicy.custom()
 *         .acknowledgement(ServiceDuration.workingDays(3))
 *         .resolution(ComplaintTier.LIGHT, ServiceDuration.workingDays(1))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>When comparing a promise with its default, a working day counts as one day and a working hour
 * as one hour, as {@link dev.prima.system.ModelValidator} compares limits.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ComplaintPolicy {

  /** The longest acknowledgement: 14 days (UU 25/2009). */
  public static final ServiceDuration MAX_ACKNOWLEDGEMENT = ServiceDuration.calendarDays(14);

  /** The longest resolution per tier (typical practice), in working days after classification. */
  public static final Map<ComplaintTier, ServiceDuration> MAX_RESOLUTION =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  ComplaintTier.LIGHT, ServiceDuration.workingDays(2),
                  ComplaintTier.NORMATIVE, ServiceDuration.workingDays(5),
                  ComplaintTier.SERIOUS, ServiceDuration.workingDays(14),
                  ComplaintTier.SUPERVISION, ServiceDuration.workingDays(60))));

  private static final ComplaintPolicy DEFAULTS = custom().build();

  private final ServiceDuration acknowledgement;
  private final Map<ComplaintTier, ServiceDuration> resolution;

  private ComplaintPolicy(Builder builder) {
    this.acknowledgement = builder.acknowledgement;
    this.resolution = Collections.unmodifiableMap(new EnumMap<>(builder.resolution));
  }

  /** {@return the longest limits the rules allow; see the class comment for their sources} */
  public static ComplaintPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * {@return a builder starting from {@code base}}
   *
   * @param base the policy to start from
   */
  public static Builder from(ComplaintPolicy base) {
    Objects.requireNonNull(base, "base must not be null");
    Builder builder = new Builder();
    builder.acknowledgement = base.acknowledgement;
    builder.resolution.putAll(base.resolution);
    return builder;
  }

  /** {@return how soon after lodging a complaint is acknowledged} */
  public ServiceDuration acknowledgement() {
    return acknowledgement;
  }

  /**
   * {@return how soon after classification a complaint of {@code tier} is resolved}
   *
   * @param tier the complaint's tier
   */
  public ServiceDuration resolution(ComplaintTier tier) {
    return resolution.get(Objects.requireNonNull(tier, "tier must not be null"));
  }

  /** {@return the resolution limit of every tier, lightest first} */
  public Map<ComplaintTier, ServiceDuration> resolutions() {
    return resolution;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComplaintPolicy p
        && acknowledgement.equals(p.acknowledgement)
        && resolution.equals(p.resolution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(acknowledgement, resolution);
  }

  /** E.g. {@code ComplaintPolicy[acknowledgement P14D, LIGHT 2 working days, ...]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ComplaintPolicy[acknowledgement ");
    text.append(acknowledgement);
    resolution.forEach((tier, limit) -> text.append(", ").append(tier).append(' ').append(limit));
    return text.append(']').toString();
  }

  /** For comparing limits: a working day counts as one day, a working hour as one hour. */
  static Duration comparable(ServiceDuration duration) {
    return switch (duration.mode()) {
      case CALENDAR -> duration.calendar();
      case WORKING_DAYS -> Duration.ofDays(duration.count());
      case WORKING_HOURS -> Duration.ofHours(duration.count());
    };
  }

  /** Fail-fast builder: a limit longer than the rules allow is refused. */
  public static final class Builder {
    private ServiceDuration acknowledgement = MAX_ACKNOWLEDGEMENT;
    private final Map<ComplaintTier, ServiceDuration> resolution = new EnumMap<>(MAX_RESOLUTION);

    private Builder() {}

    /**
     * How soon after lodging a complaint is acknowledged; at most 14 days (UU 25/2009).
     *
     * @param limit at most 14 days
     * @return this builder
     * @throws PrimaConfigurationException when it is longer
     */
    public Builder acknowledgement(ServiceDuration limit) {
      this.acknowledgement = atMost("acknowledgement", limit, MAX_ACKNOWLEDGEMENT);
      return this;
    }

    /**
     * How soon after classification a complaint of {@code tier} is resolved; at most the tier's
     * default.
     *
     * @param tier the tier
     * @param limit at most the tier's default
     * @return this builder
     * @throws PrimaConfigurationException when it is longer
     */
    public Builder resolution(ComplaintTier tier, ServiceDuration limit) {
      Objects.requireNonNull(tier, "tier must not be null");
      resolution.put(
          tier, atMost("resolution of a " + tier + " complaint", limit, MAX_RESOLUTION.get(tier)));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public ComplaintPolicy build() {
      return new ComplaintPolicy(this);
    }

    private static ServiceDuration atMost(String what, ServiceDuration limit, ServiceDuration max) {
      Objects.requireNonNull(limit, what + " must not be null");
      if (comparable(limit).compareTo(comparable(max)) > 0) {
        throw new PrimaConfigurationException(
            what
                + " must be at most "
                + max
                + ", but was "
                + limit
                + ". Fix: an agency may promise faster handling than the rules, not slower");
      }
      return limit;
    }
  }
}
