package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Arguments;
import dev.prima.touchpoint.Channel;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a citizen says when lodging a complaint or a suggestion: about a case (running or finished),
 * optionally one of its moments of truth, or about a service in general.
 *
 * <pre>{@code
 * Complaint complaint = prima.voice().lodgeComplaint(
 *     ComplaintRequest.aboutCase("SKT-7").touchpoint(touchpointId)
 *         .complainant(Complainant.of("Dewi Lestari", "0812-555-0101"))
 *         .channel(Channel.ONLINE).text("The counter closed at 14:00").build());
 * }</pre>
 *
 * @param caseId the case, or {@code null} for the service in general
 * @param serviceKey the service (process key); derived from the case when {@code null}
 * @param touchpointId the moment of truth concerned, or {@code null}
 * @param complainant who speaks, or {@code null} when anonymous
 * @param tier passed to the handling process; default {@link ComplaintTier#LIGHT}
 * @param channel where it is lodged; default {@link Channel#ONLINE}
 * @param text what the citizen says
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ComplaintRequest(
    String caseId,
    String serviceKey,
    String touchpointId,
    Complainant complainant,
    Channel channel,
    String text,
    ComplaintTier tier) {

  /** The longest text kept. */
  public static final int MAX_TEXT_LENGTH = 4000;

  /**
   * Checks the request; the complainant is not quoted in messages.
   *
   * @param caseId the case, or {@code null} when {@code serviceKey} is given
   * @param serviceKey the service, or {@code null} when {@code caseId} is given
   * @param touchpointId the moment of truth concerned, or {@code null}
   * @param complainant who speaks, or {@code null}
   * @param channel where it is lodged; not null
   * @param text what the citizen says; not blank, at most {@link #MAX_TEXT_LENGTH} characters
   * @param tier the tier; {@code null} becomes {@link ComplaintTier#LIGHT}
   * @throws InvalidVoiceException when neither case nor service is given, the text is blank, or a
   *     value is too long
   */
  public ComplaintRequest {
    if (caseId == null && serviceKey == null) {
      throw new InvalidVoiceException(
          "a complaint or suggestion must name a case or a service, but had neither. Fix: use"
              + " ComplaintRequest.aboutCase(caseId) or .aboutService(serviceKey)");
    }
    Objects.requireNonNull(channel, "channel must not be null");
    if (text == null || text.isBlank()) {
      throw new InvalidVoiceException("text must not be blank, but was '" + text + "'");
    }
    check("text", text, MAX_TEXT_LENGTH);
    if (caseId != null) {
      check("caseId", caseId, Arguments.KEY_LENGTH);
    }
    if (serviceKey != null) {
      check("serviceKey", serviceKey, Arguments.KEY_LENGTH);
    }
    if (touchpointId != null) {
      check("touchpointId", touchpointId, Arguments.KEY_LENGTH);
    }
    tier = tier == null ? ComplaintTier.LIGHT : tier;
  }

  private static void check(String name, String value, int maxLength) {
    Arguments.problem(name, value, maxLength)
        .ifPresent(
            message -> {
              throw new InvalidVoiceException(message);
            });
  }

  /**
   * About a case, running or finished.
   *
   * @param caseId the case id
   * @return a builder
   */
  public static Builder aboutCase(String caseId) {
    return new Builder().caseId(caseId);
  }

  /**
   * About a service (process key) in general.
   *
   * @param serviceKey the process definition key
   * @return a builder
   */
  public static Builder aboutService(String serviceKey) {
    return new Builder().serviceKey(serviceKey);
  }

  /**
   * Fail-fast builder; channel defaults to {@link Channel#ONLINE}, the complainant to anonymous.
   */
  public static final class Builder {
    private String caseId;
    private String serviceKey;
    private String touchpointId;
    private Complainant complainant;
    private Channel channel = Channel.ONLINE;
    private String text;
    private ComplaintTier tier = ComplaintTier.LIGHT;

    private Builder() {}

    /**
     * The case, running or finished.
     *
     * @param caseId not blank
     * @return this builder
     */
    public Builder caseId(String caseId) {
      this.caseId = requireText("caseId", caseId);
      return this;
    }

    /**
     * The service (process key); derived from the case when not given.
     *
     * @param serviceKey not blank
     * @return this builder
     */
    public Builder serviceKey(String serviceKey) {
      this.serviceKey = requireText("serviceKey", serviceKey);
      return this;
    }

    /**
     * The moment of truth concerned: a touchpoint id from the journal.
     *
     * @param touchpointId not blank
     * @return this builder
     */
    public Builder touchpoint(String touchpointId) {
      this.touchpointId = requireText("touchpointId", touchpointId);
      return this;
    }

    /**
     * Who speaks; {@code null} for anonymous (the default).
     *
     * @param complainant the complainant, or {@code null}
     * @return this builder
     */
    public Builder complainant(Complainant complainant) {
      this.complainant = complainant;
      return this;
    }

    /**
     * No complainant: the complaint is anonymous.
     *
     * @return this builder
     */
    public Builder anonymous() {
      this.complainant = null;
      return this;
    }

    /**
     * Where the complaint is lodged; {@link Channel#ONLINE} by default.
     *
     * @param channel not null
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel must not be null");
      return this;
    }

    /**
     * What the citizen says; required.
     *
     * @param text not blank when built, at most {@link ComplaintRequest#MAX_TEXT_LENGTH} characters
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * How heavy the complaint is; {@link ComplaintTier#LIGHT} by default.
     *
     * @param tier not null
     * @return this builder
     */
    public Builder tier(ComplaintTier tier) {
      this.tier = Objects.requireNonNull(tier, "tier must not be null");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidVoiceException when the text is missing or a value is invalid
     */
    public ComplaintRequest build() {
      return new ComplaintRequest(
          caseId, serviceKey, touchpointId, complainant, channel, text, tier);
    }

    private static String requireText(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new InvalidVoiceException(name + " must not be blank, but was '" + value + "'");
      }
      return value;
    }
  }
}
