package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The service standards Prima knows and the breaches it recorded. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ServiceStandards {

  /**
   * {@return the standard of the latest deployed version of a service: declared in its BPMN, else
   * given in Java}
   *
   * @param processDefinitionKey the service
   */
  Optional<ServiceStandard> of(String processDefinitionKey);

  /**
   * {@link #of(String)} for a reader in {@code locale}: name, product, requirements and procedure
   * as the BPMN gives them in that language ({@code prima.standard.name.id}, ...), else the model's
   * own text. A standard given in Java is returned as given.
   *
   * @param processDefinitionKey the service
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the standard, if the service has one
   */
  Optional<ServiceStandard> of(String processDefinitionKey, Locale locale);

  /** {@return the working calendar that working-time limits are counted on} */
  WorkingCalendar calendar();

  /**
   * {@return every breach of one case, in order of detection}
   *
   * @param caseId the case (business key)
   */
  List<Breach> breachesOf(String caseId);

  /**
   * {@return every breach of one service, in order of detection}
   *
   * @param processDefinitionKey the service
   */
  List<Breach> breachesOfService(String processDefinitionKey);

  /**
   * {@return the breaches of one service whose limit ran out in a period, in order of detection}
   *
   * <p>A dashboard's question ("which cases of this service were late in June?"): it reads only the
   * period's breaches, by an index on the service and the due time, not the service's whole
   * history.
   *
   * @param processDefinitionKey the service
   * @param from start of the period, inclusive (compared with {@link Breach#due()})
   * @param to end of the period, exclusive
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  List<Breach> breachesOfService(String processDefinitionKey, Instant from, Instant to);

  /**
   * {@return the breaches of one service whose limit's clock started in a period, in order of
   * detection}: those of the cases begun in the period (lead time) and of the touchpoints begun in
   * it (targets), whenever they fell due ({@link Breach#started()}).
   *
   * <p>The question a monthly report asks ("which of June's cases and steps broke their limit?"),
   * read by an index on the service and the start (schema version 9).
   *
   * @param processDefinitionKey the service
   * @param from start of the period, inclusive (compared with {@link Breach#started()})
   * @param to end of the period, exclusive
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  List<Breach> breachesOfServiceStarted(String processDefinitionKey, Instant from, Instant to);
}
