package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The responses to one survey under one profile, scored as a whole or per service, unit and period.
 *
 * <pre>{@code
 * SkmSurvey survey = SkmCsv.read(Path.of("skm-2024.csv"), SkmProfile.PERMENPAN_14_2017);
 * SkmResult result = survey.result();                       // exact weight 1/9
 * System.out.println(result.ikm() + " " + result.grade());  // 91.48 A
 * survey.results(SurveyPeriod.SEMESTER, WeightPolicy.EXACT)
 *     .forEach((group, r) -> System.out.println(group + ": " + r));
 * }</pre>
 *
 * @param profile the regulation every response follows
 * @param responses the responses in the order given
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmSurvey(SkmProfile profile, List<SkmResponse> responses) {

  /**
   * @param profile the regulation every response follows
   * @param responses the responses, each of {@code profile}
   * @throws IllegalArgumentException if a response follows another profile
   */
  public SkmSurvey {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(responses, "responses must not be null");
    responses = List.copyOf(responses);
    for (int i = 0; i < responses.size(); i++) {
      if (!responses.get(i).profile().equals(profile)) {
        throw new IllegalArgumentException(
            "all responses must follow "
                + profile
                + ", but response "
                + (i + 1)
                + " follows "
                + responses.get(i).profile());
      }
    }
  }

  /**
   * {@return a survey of the given responses; it may be empty, but an empty survey has no result}
   *
   * @param profile the regulation every response follows
   * @param responses the responses, each of {@code profile}
   */
  public static SkmSurvey of(SkmProfile profile, Collection<SkmResponse> responses) {
    return new SkmSurvey(profile, List.copyOf(responses));
  }

  /**
   * {@return the IKM of all responses with exact weights}
   *
   * @throws InvalidSurveyException if there are no responses
   */
  public SkmResult result() {
    return result(WeightPolicy.EXACT);
  }

  /**
   * {@return the IKM of all responses}
   *
   * @param weightPolicy how elements are weighted
   * @throws InvalidSurveyException if there are no responses
   */
  public SkmResult result(WeightPolicy weightPolicy) {
    return SkmResult.of(profile, weightPolicy, responses);
  }

  /**
   * {@return one result per service, unit and period present in the responses, ordered by service,
   * unit and period} Responses without a date fall into a group with an empty period.
   *
   * @param period how to group responses in time
   * @param weightPolicy how elements are weighted
   * @throws InvalidSurveyException if there are no responses
   */
  public Map<SkmGroup, SkmResult> results(SurveyPeriod period, WeightPolicy weightPolicy) {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(weightPolicy, "weightPolicy must not be null");
    if (responses.isEmpty()) {
      throw SkmResult.noRespondents(profile, 0);
    }
    Map<SkmGroup, List<SkmResponse>> groups = new TreeMap<>();
    for (SkmResponse response : responses) {
      groups.computeIfAbsent(SkmGroup.of(response, period), g -> new ArrayList<>()).add(response);
    }
    Map<SkmGroup, SkmResult> results = new LinkedHashMap<>();
    groups.forEach(
        (group, members) -> results.put(group, SkmResult.of(profile, weightPolicy, members)));
    return Collections.unmodifiableMap(results);
  }

  /** {@code SKM Permenpan RB 14/2017 (14-2017, U1..U9): 29 responses}. */
  @Override
  public String toString() {
    return "SKM "
        + profile
        + ": "
        + responses.size()
        + (responses.size() == 1 ? " response" : " responses");
  }
}
