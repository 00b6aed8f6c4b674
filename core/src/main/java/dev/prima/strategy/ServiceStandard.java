package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaConfigurationException;
import dev.prima.touchpoint.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The published service standard of one service (Permenpan RB 15/2014): its six delivery components
 * (requirements; procedure, which is the BPMN process; lead time; fee; product; complaint handling)
 * and targets per touchpoint. Declared in Java with {@link #forService} or in the BPMN process's
 * {@code camunda:properties} ({@link StandardProperties}); both give equal objects.
 *
 * <pre>{@code
 * ServiceStandard ktp = ServiceStandard.forService("ktp")
 *     .name("e-KTP issuance")
 *     .requirement("Family card (KK)")
 *     .leadTime(ServiceDuration.workingDays(14))
 *     .fee(Fee.free())
 *     .product("e-KTP card")
 *     .complaints(Set.of(Channel.COUNTER, Channel.ONLINE), ServiceDuration.calendarDays(14))
 *     .target("VerifyDocuments", ServiceDuration.calendar(Duration.ofMinutes(15)))
 *     .build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ServiceStandard {

  /** The Ombudsman's deadline to answer a complaint: 14 days. */
  public static final ServiceDuration DEFAULT_COMPLAINT_DEADLINE = ServiceDuration.calendarDays(14);

  private final String serviceKey;
  private final String name;
  private final List<String> requirements;
  private final String procedure;
  private final ServiceDuration leadTime;
  private final Fee fee;
  private final String product;
  private final Set<Channel> complaintChannels;
  private final ServiceDuration complaintDeadline;
  private final Map<String, ServiceDuration> targets;

  private ServiceStandard(Builder b) {
    this.serviceKey = b.serviceKey;
    this.name = b.name == null ? b.serviceKey : b.name;
    this.requirements = List.copyOf(b.requirements);
    this.procedure = b.procedure == null ? "BPMN process " + b.serviceKey : b.procedure;
    this.leadTime = b.leadTime;
    this.fee = b.fee;
    this.product = b.product;
    this.complaintChannels =
        b.complaintChannels.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Channel.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(b.complaintChannels));
    this.complaintDeadline = b.complaintDeadline;
    this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(b.targets));
  }

  /**
   * {@return a builder for the standard of the process with key {@code serviceKey}}
   *
   * @param serviceKey the process definition key
   */
  public static Builder forService(String serviceKey) {
    return new Builder(serviceKey);
  }

  /** {@return the process definition key this standard belongs to} */
  public String serviceKey() {
    return serviceKey;
  }

  /** {@return the service's name; the service key when none was given} */
  public String name() {
    return name;
  }

  /** {@return the requirements the citizen must bring, in the order given} */
  public List<String> requirements() {
    return requirements;
  }

  /** {@return the procedure; {@code BPMN process <key>} when none was given} */
  public String procedure() {
    return procedure;
  }

  /** {@return the promised lead time from application to product; every standard has one} */
  public ServiceDuration leadTime() {
    return leadTime;
  }

  /** {@return the fee, if the standard states one} */
  public Optional<Fee> fee() {
    return Optional.ofNullable(fee);
  }

  /** {@return the product the citizen receives, if the standard names it} */
  public Optional<String> product() {
    return Optional.ofNullable(product);
  }

  /** {@return the channels where complaints are taken; empty when none are named} */
  public Set<Channel> complaintChannels() {
    return complaintChannels;
  }

  /**
   * {@return how soon a complaint must be answered; {@link #DEFAULT_COMPLAINT_DEADLINE} by default}
   */
  public ServiceDuration complaintDeadline() {
    return complaintDeadline;
  }

  /**
   * Target per touchpoint, by BPMN element id.
   *
   * @return the target per touchpoint, by BPMN element id, in the order given
   */
  public Map<String, ServiceDuration> targets() {
    return targets;
  }

  /**
   * {@return the target of the touchpoint at BPMN element {@code elementId}, if it has one}
   *
   * @param elementId the BPMN element id
   */
  public Optional<ServiceDuration> targetOf(String elementId) {
    return Optional.ofNullable(targets.get(elementId));
  }

  /**
   * One bad value in a BPMN-declared standard.
   *
   * @param property the property name, such as {@code prima.standard.leadTime}
   * @param value the value found
   * @param message what is wrong and what is expected
   */
  public record Problem(String property, String value, String message) {}

  /**
   * A standard read from BPMN, or the problems that prevented it, or neither (none declared).
   *
   * @param standard the standard, if one was declared and could be read
   * @param problems the bad values found
   */
  public record Reading(Optional<ServiceStandard> standard, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param standard the standard, if one was declared and could be read
     * @param problems the bad values found; not null
     */
    public Reading {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a standard from a process element's properties; {@code targets} are the {@code
   * prima.target} values of its touchpoints. Without any {@code prima.standard.*} property the
   * reading is empty.
   *
   * @param serviceKey the process definition key
   * @param properties the process element's {@code camunda:properties}
   * @param targets the {@code prima.target} of each touchpoint, by BPMN element id
   * @return the standard, or the problems that prevented it
   */
  public static Reading read(
      String serviceKey, Map<String, String> properties, Map<String, Duration> targets) {
    List<Problem> problems = new ArrayList<>();
    boolean declared = properties.keySet().stream().anyMatch(StandardProperties.NAMES::contains);
    if (!declared) {
      return new Reading(Optional.empty(), problems);
    }
    Builder builder = forService(serviceKey);
    String name = properties.get(StandardProperties.NAME);
    if (name != null && !name.isBlank()) {
      builder.name(name.trim());
    }
    String lead = properties.get(StandardProperties.LEAD_TIME);
    if (lead == null || lead.isBlank()) {
      problems.add(
          new Problem(
              StandardProperties.LEAD_TIME,
              lead,
              "a service standard needs its lead time, for example '14 working days' or P14D"));
    } else {
      duration(StandardProperties.LEAD_TIME, lead, problems).ifPresent(builder::leadTime);
    }
    String fee = properties.get(StandardProperties.FEE);
    if (fee != null && !fee.isBlank()) {
      try {
        builder.fee(Fee.parse(fee));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(StandardProperties.FEE, fee, e.getMessage()));
      }
    }
    String product = properties.get(StandardProperties.PRODUCT);
    if (product != null && !product.isBlank()) {
      builder.product(product.trim());
    }
    String requirements = properties.get(StandardProperties.REQUIREMENTS);
    if (requirements != null) {
      Arrays.stream(requirements.split(";"))
          .map(String::trim)
          .filter(r -> !r.isEmpty())
          .forEach(builder::requirement);
    }
    String procedure = properties.get(StandardProperties.PROCEDURE);
    if (procedure != null && !procedure.isBlank()) {
      builder.procedure(procedure.trim());
    }
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    String channelText = properties.get(StandardProperties.COMPLAINT_CHANNELS);
    if (channelText != null) {
      for (String id : channelText.split(",")) {
        if (id.isBlank()) {
          continue;
        }
        Optional<Channel> channel = Channel.fromId(id);
        if (channel.isPresent()) {
          channels.add(channel.get());
        } else {
          problems.add(
              new Problem(
                  StandardProperties.COMPLAINT_CHANNELS,
                  channelText,
                  "'" + id.trim() + "' is not a channel; valid: " + Channel.choices()));
        }
      }
    }
    ServiceDuration deadline = DEFAULT_COMPLAINT_DEADLINE;
    String deadlineText = properties.get(StandardProperties.COMPLAINT_DEADLINE);
    if (deadlineText != null && !deadlineText.isBlank()) {
      deadline =
          duration(StandardProperties.COMPLAINT_DEADLINE, deadlineText, problems).orElse(deadline);
    }
    builder.complaints(channels, deadline);
    targets.forEach((element, target) -> builder.target(element, ServiceDuration.calendar(target)));
    if (!problems.isEmpty()) {
      return new Reading(Optional.empty(), problems);
    }
    return new Reading(Optional.of(builder.build()), problems);
  }

  private static Optional<ServiceDuration> duration(
      String property, String text, List<Problem> problems) {
    try {
      return Optional.of(ServiceDuration.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(property, text, e.getMessage()));
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceStandard s
        && serviceKey.equals(s.serviceKey)
        && name.equals(s.name)
        && requirements.equals(s.requirements)
        && procedure.equals(s.procedure)
        && leadTime.equals(s.leadTime)
        && Objects.equals(fee, s.fee)
        && Objects.equals(product, s.product)
        && complaintChannels.equals(s.complaintChannels)
        && complaintDeadline.equals(s.complaintDeadline)
        && targets.equals(s.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceKey, name, leadTime, targets);
  }

  @Override
  public String toString() {
    return "ServiceStandard["
        + serviceKey
        + " '"
        + name
        + "', lead time "
        + leadTime
        + ", fee "
        + (fee == null ? "-" : fee)
        + ", product "
        + (product == null ? "-" : product)
        + ", "
        + requirements.size()
        + " requirements, complaints via "
        + complaintChannels
        + " within "
        + complaintDeadline
        + ", targets "
        + targets
        + "]";
  }

  /** Fail-fast builder for {@link ServiceStandard}. */
  public static final class Builder {
    private final String serviceKey;
    private String name;
    private final List<String> requirements = new ArrayList<>();
    private String procedure;
    private ServiceDuration leadTime;
    private Fee fee;
    private String product;
    private Set<Channel> complaintChannels = EnumSet.noneOf(Channel.class);
    private ServiceDuration complaintDeadline = DEFAULT_COMPLAINT_DEADLINE;
    private final Map<String, ServiceDuration> targets = new LinkedHashMap<>();

    private Builder(String serviceKey) {
      if (serviceKey == null || serviceKey.isBlank()) {
        throw new PrimaConfigurationException(
            "serviceKey must be a process definition key, but was '" + serviceKey + "'");
      }
      this.serviceKey = serviceKey;
    }

    /**
     * The service's name, as published.
     *
     * @param name not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireText("name", name);
      return this;
    }

    /**
     * Adds a requirement the citizen must bring.
     *
     * @param requirement not blank
     * @return this builder
     */
    public Builder requirement(String requirement) {
      requirements.add(requireText("requirement", requirement));
      return this;
    }

    /**
     * The procedure, in words.
     *
     * @param procedure not blank
     * @return this builder
     */
    public Builder procedure(String procedure) {
      this.procedure = requireText("procedure", procedure);
      return this;
    }

    /**
     * The promised lead time from application to product; required.
     *
     * @param leadTime not null
     * @return this builder
     */
    public Builder leadTime(ServiceDuration leadTime) {
      this.leadTime = Objects.requireNonNull(leadTime, "leadTime must not be null");
      return this;
    }

    /**
     * The fee; none by default.
     *
     * @param fee not null
     * @return this builder
     */
    public Builder fee(Fee fee) {
      this.fee = Objects.requireNonNull(fee, "fee must not be null");
      return this;
    }

    /**
     * The product the citizen receives.
     *
     * @param product not blank
     * @return this builder
     */
    public Builder product(String product) {
      this.product = requireText("product", product);
      return this;
    }

    /**
     * Where complaints are taken and how soon they must be answered (default 14 days).
     *
     * @param channels where complaints are taken
     * @param deadline how soon they must be answered
     * @return this builder
     */
    public Builder complaints(Set<Channel> channels, ServiceDuration deadline) {
      this.complaintChannels = EnumSet.noneOf(Channel.class);
      this.complaintChannels.addAll(Objects.requireNonNull(channels, "channels must not be null"));
      this.complaintDeadline = Objects.requireNonNull(deadline, "deadline must not be null");
      return this;
    }

    /**
     * The target for the touchpoint at BPMN element {@code elementId}.
     *
     * @param elementId the BPMN element id; not blank
     * @param target the target
     * @return this builder
     */
    public Builder target(String elementId, ServiceDuration target) {
      targets.put(
          requireText("elementId", elementId),
          Objects.requireNonNull(target, "target must not be null"));
      return this;
    }

    /**
     * @return the standard
     * @throws PrimaConfigurationException when the lead time is missing
     */
    public ServiceStandard build() {
      if (leadTime == null) {
        throw new PrimaConfigurationException(
            "leadTime must be set for the standard of '"
                + serviceKey
                + "', but was not; every published standard states its lead time");
      }
      return new ServiceStandard(this);
    }

    private static String requireText(String what, String value) {
      if (value == null || value.isBlank()) {
        throw new PrimaConfigurationException(what + " must not be blank, but was '" + value + "'");
      }
      return value;
    }
  }
}
