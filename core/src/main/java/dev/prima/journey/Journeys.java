package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Cycles of service rebuilt from the touchpoint journal.
 *
 * <pre>{@code
 * ServiceCycle cycle = prima.journeys().cycleOf("KTP-2026-0001").orElseThrow();
 * System.out.println(cycle.toTimeline(ZoneId.of("Asia/Jakarta")));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Journeys {

  /**
   * {@return the cycle of service of one case: its moments of truth in order, with waits, times and
   * lead time; empty when the journal holds no touchpoint of that case}
   *
   * @param caseId the case id (the business key of its top-level process instance)
   */
  Optional<ServiceCycle> cycleOf(String caseId);

  /**
   * {@link #cycleOf(String)} for a reader in {@code locale}: each moment named as its model names
   * it in that language ({@code prima.touchpoint.id} for Bahasa Indonesia, {@code
   * prima.touchpoint.en} for English), else as recorded. The journal is not changed; exports keep
   * the recorded names.
   *
   * @param caseId the case id (the business key of its top-level process instance)
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the cycle of service, empty when the journal holds no touchpoint of that case
   */
  Optional<ServiceCycle> cycleOf(String caseId, Locale locale);

  /**
   * {@return the cycles of service of many cases, in the order of {@code caseIds}, each as {@link
   * #cycleOf(String)} gives it; cases without touchpoints are left out}
   *
   * <p>Reads the journal and the engine a few hundred cases at a time instead of once per case: a
   * report of a month of a busy service rebuilds tens of thousands of cycles.
   *
   * @param caseIds the case ids; each at most once
   * @throws IllegalArgumentException if a case id occurs twice
   */
  List<ServiceCycle> cyclesOf(Collection<String> caseIds);

  /**
   * {@link #cyclesOf(Collection)} for a reader in {@code locale}, each moment named as in {@link
   * #cycleOf(String, Locale)}.
   *
   * @param caseIds the case ids; each at most once
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the cycles of service, in the order of {@code caseIds}
   * @throws IllegalArgumentException if a case id occurs twice
   */
  List<ServiceCycle> cyclesOf(Collection<String> caseIds, Locale locale);

  /**
   * {@return one service over a period: the cases of process {@code processDefinitionKey} whose
   * first touchpoint of that process started in {@code [from, to)}, their most common path and per
   * touchpoint counts and duration percentiles; empty when no case falls in the period}
   *
   * <p>A case's part in the profile is its touchpoints of that process that started before {@code
   * to}: steps of processes it called and steps that started after the period are left out (the
   * service report's profile keeps both).
   *
   * @param processDefinitionKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   */
  Optional<ServiceProfile> profileOf(String processDefinitionKey, Instant from, Instant to);

  /**
   * {@link #profileOf(String, Instant, Instant)} for a reader in {@code locale}, its moments named
   * as in {@link #cycleOf(String, Locale)}.
   *
   * @param processDefinitionKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the profile, empty when no case falls in the period
   */
  Optional<ServiceProfile> profileOf(
      String processDefinitionKey, Instant from, Instant to, Locale locale);
}
