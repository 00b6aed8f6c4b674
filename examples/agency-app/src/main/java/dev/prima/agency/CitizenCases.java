package dev.prima.agency;

import dev.prima.Prima;
import dev.prima.journey.ServiceCycle;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.Complainant;
import dev.prima.voice.ComplaintRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Starts applications and shows a citizen their own case. */
@Service
public class CitizenCases {

  private static final char[] KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final Prima prima;
  private final SecureRandom random = new SecureRandom();

  public CitizenCases(Prima prima) {
    this.prima = prima;
  }

  /**
   * Starts an application for a service and returns its case key: unguessable, because the key is
   * all a citizen needs to follow the case.
   *
   * @throws UnknownServiceException when the office does not offer the service
   */
  public String apply(String service) {
    if (AgencyApplication.SERVICES.stream().noneMatch(s -> s.key().equals(service))) {
      throw new UnknownServiceException(service);
    }
    String caseKey = newCaseKey();
    prima.processEngine().getRuntimeService().startProcessInstanceByKey(service, caseKey);
    return caseKey;
  }

  /** The citizen's view of a case, if the case exists, with its texts as modelled and recorded. */
  public Optional<CitizenCase> find(String caseKey) {
    return prima.journeys().cycleOf(caseKey).map(cycle -> view(cycle, null));
  }

  /**
   * The citizen's view of a case in the reader's language, if the case exists: each moment, each
   * open task, the service and its promised lead time as the model names them in that language.
   */
  public Optional<CitizenCase> find(String caseKey, Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    return prima.journeys().cycleOf(caseKey, locale).map(cycle -> view(cycle, locale));
  }

  /**
   * Takes a citizen's complaint about their case, anonymous unless a name is given; the name and
   * contact are shown only to complaint officers.
   *
   * @return the complaint's id, for the citizen's receipt
   * @throws dev.prima.voice.InvalidVoiceException when the text is empty or too long
   */
  public String complain(String caseKey, String text, String name, String contact) {
    ComplaintRequest.Builder request = ComplaintRequest.aboutCase(caseKey).text(text);
    if (name != null && !name.isBlank()) {
      request.complainant(Complainant.of(name.trim(), contact == null ? "" : contact.trim()));
    } else {
      request.anonymous();
    }
    return prima.voice().lodgeComplaint(request.build()).id();
  }

  /** The view; texts as modelled and recorded where {@code locale} is null. */
  private CitizenCase view(ServiceCycle cycle, Locale locale) {
    List<CitizenCase.Step> steps =
        cycle.moments().stream().map(moment -> step(moment.touchpoint())).toList();
    List<String> next =
        prima
            .processEngine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(cycle.caseId())
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(task -> taskName(task, locale))
            .toList();
    String service = cycle.moments().get(0).touchpoint().processDefinitionKey();
    Optional<ServiceStandard> standard =
        locale == null ? prima.standards().of(service) : prima.standards().of(service, locale);
    Instant start = cycle.start();
    return new CitizenCase(
        cycle.caseId(),
        service,
        standard.map(ServiceStandard::name).orElse(service),
        cycle.finished(),
        steps,
        next,
        standard
            .map(s -> locale == null ? s.leadTime().toString() : s.leadTime().toText(locale))
            .orElse(null),
        standard
            .filter(s -> start != null)
            .map(s -> prima.standards().calendar().add(start, s.leadTime()))
            .orElse(null));
  }

  /** A task as its model names it in the reader's language, else as modelled. */
  private String taskName(Task task, Locale locale) {
    if (locale == null) {
      return task.getName();
    }
    return prima
        .modelTexts()
        .nameOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), locale)
        .orElse(task.getName());
  }

  private static CitizenCase.Step step(Touchpoint touchpoint) {
    return new CitizenCase.Step(
        touchpoint.moment(),
        touchpoint.channel() == null ? null : touchpoint.channel().id(),
        touchpoint.start(),
        touchpoint.end(),
        touchpoint.outcome().name());
  }

  private String newCaseKey() {
    StringBuilder key = new StringBuilder("P-");
    for (int i = 0; i < 10; i++) {
      key.append(KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)]);
    }
    return key.toString();
  }
}
