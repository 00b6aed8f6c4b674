package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a respondent told about themselves and where they were served; every field is optional.
 * Built with {@link #builder()}; {@link #ANONYMOUS} has none. Text fields are stripped, and blank
 * text counts as not given ({@code null}).
 *
 * @param id the respondent's number in the agency's sheet; never a name (the SKM is anonymous): it
 *     appears in error messages so the row can be found, and reports never print it
 * @param age age in years, 1 to 120
 * @param sex as the form records it, such as {@code L}/{@code P}
 * @param education highest education, such as {@code SMA} or {@code S1}
 * @param occupation such as {@code PNS} or {@code Wiraswasta}
 * @param service the service used, such as {@code KTP-el}
 * @param unit the service unit, such as {@code Kecamatan Cibeunying Kaler}
 * @param date the day of the answers
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmRespondent(
    String id,
    Integer age,
    String sex,
    String education,
    String occupation,
    String service,
    String unit,
    LocalDate date) {

  /** A respondent who gave nothing about themselves. */
  public static final SkmRespondent ANONYMOUS = builder().build();

  /** Youngest age accepted. */
  public static final int MIN_AGE = 1;

  /** Oldest age accepted. */
  public static final int MAX_AGE = 120;

  /**
   * Turns blank texts into {@code null} and checks the age.
   *
   * @param id the respondent's number in the sheet (never a name), or {@code null}
   * @param age age in years, 1 to 120, or {@code null}
   * @param sex as the form records it, or {@code null}
   * @param education highest education, or {@code null}
   * @param occupation occupation, or {@code null}
   * @param service the service used, or {@code null}
   * @param unit the service unit, or {@code null}
   * @param date the day of the answers, or {@code null}
   * @throws InvalidSurveyException if {@code age} lies outside 1 to 120
   */
  public SkmRespondent {
    id = blankToNull(id);
    sex = blankToNull(sex);
    education = blankToNull(education);
    occupation = blankToNull(occupation);
    service = blankToNull(service);
    unit = blankToNull(unit);
    if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
      throw new InvalidSurveyException(
          "age must be between " + MIN_AGE + " and " + MAX_AGE + ", but was " + age);
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the service, if given} */
  public Optional<String> serviceIfGiven() {
    return Optional.ofNullable(service);
  }

  /** {@return the unit, if given} */
  public Optional<String> unitIfGiven() {
    return Optional.ofNullable(unit);
  }

  /** {@return the date, if given} */
  public Optional<LocalDate> dateIfGiven() {
    return Optional.ofNullable(date);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Collects respondent data; each setter accepts {@code null} for "not given". */
  public static final class Builder {
    private String id;
    private Integer age;
    private String sex;
    private String education;
    private String occupation;
    private String service;
    private String unit;
    private LocalDate date;

    private Builder() {}

    /**
     * The respondent's number in the agency's sheet; never a name (the SKM is anonymous).
     *
     * @param id the id; blank for none
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * @param age age in years, or {@code null} when not given
     * @return this builder
     * @throws InvalidSurveyException if {@code age} lies outside 1 to 120
     */
    public Builder age(Integer age) {
      if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
        throw new InvalidSurveyException(
            "age must be between " + MIN_AGE + " and " + MAX_AGE + ", but was " + age);
      }
      this.age = age;
      return this;
    }

    /**
     * Sex as the form records it, such as {@code L}/{@code P}.
     *
     * @param sex the value; blank for none
     * @return this builder
     */
    public Builder sex(String sex) {
      this.sex = sex;
      return this;
    }

    /**
     * Highest education, such as {@code SMA} or {@code S1}.
     *
     * @param education the value; blank for none
     * @return this builder
     */
    public Builder education(String education) {
      this.education = education;
      return this;
    }

    /**
     * Occupation, such as {@code PNS} or {@code Wiraswasta}.
     *
     * @param occupation the value; blank for none
     * @return this builder
     */
    public Builder occupation(String occupation) {
      this.occupation = occupation;
      return this;
    }

    /**
     * The service used, such as {@code KTP-el}.
     *
     * @param service the value; blank for none
     * @return this builder
     */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /**
     * The service unit, such as {@code Kecamatan Cibeunying Kaler}.
     *
     * @param unit the value; blank for none
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /**
     * The day of the answers; it decides the response's {@link SurveyPeriod}.
     *
     * @param date the day, or {@code null}
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Builds the respondent.
     *
     * @return the respondent
     */
    public SkmRespondent build() {
      return new SkmRespondent(id, age, sex, education, occupation, service, unit, date);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("respondent");
    append(text, "id", id);
    append(text, "age", age);
    append(text, "sex", sex);
    append(text, "education", education);
    append(text, "occupation", occupation);
    append(text, "service", service);
    append(text, "unit", unit);
    append(text, "date", date);
    return text.toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(' ').append(name).append('=').append(value);
    }
  }
}
