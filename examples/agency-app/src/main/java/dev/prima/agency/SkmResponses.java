package dev.prima.agency;

import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The community satisfaction survey (SKM, Permenpan RB 14/2017) of each service: anonymous
 * responses kept in the application's own table, scored by Prima.
 */
@Service
public class SkmResponses {

  /** The regulation the office's questionnaire follows. */
  public static final SkmProfile PROFILE = SkmProfile.PERMENPAN_14_2017;

  private final JdbcTemplate jdbc;

  public SkmResponses(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute(
        "create table if not exists AGENCY_SKM_RESPONSE (ID_ varchar(36) not null, SERVICE_"
            + " varchar(255) not null, ANSWERS_ varchar(255) not null, CREATED_MS_ bigint not"
            + " null, primary key (ID_))");
  }

  /**
   * Stores one respondent's answers to a service's questionnaire.
   *
   * @throws dev.prima.quality.InvalidSurveyException when an element is missing or an answer is not
   *     1 to 4; nothing is stored then
   */
  public void record(String service, Map<String, Integer> answers) {
    SkmResponse response = SkmResponse.of(PROFILE, answers);
    String encoded =
        response.answers().entrySet().stream()
            .map(answer -> answer.getKey() + "=" + answer.getValue())
            .collect(Collectors.joining(";"));
    jdbc.update(
        "insert into AGENCY_SKM_RESPONSE (ID_, SERVICE_, ANSWERS_, CREATED_MS_) values (?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        service,
        encoded,
        System.currentTimeMillis());
  }

  /** The service's IKM and grade over every response so far; empty before the first one. */
  public Optional<SkmResult> result(String service) {
    List<SkmResponse> responses =
        jdbc.query(
            "select ANSWERS_ from AGENCY_SKM_RESPONSE where SERVICE_ = ?",
            (row, number) -> SkmResponse.of(PROFILE, decode(row.getString(1))),
            service);
    return responses.isEmpty()
        ? Optional.empty()
        : Optional.of(SkmSurvey.of(PROFILE, responses).result());
  }

  private static Map<String, Integer> decode(String encoded) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String answer : encoded.split(";")) {
      String[] parts = answer.split("=");
      answers.put(parts[0], Integer.valueOf(parts[1]));
    }
    return answers;
  }
}
