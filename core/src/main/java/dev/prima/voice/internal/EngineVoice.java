package dev.prima.voice.internal;

import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.ServiceStandards;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintHandling;
import dev.prima.voice.ComplaintPolicy;
import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.InvalidVoiceException;
import dev.prima.voice.Participation;
import dev.prima.voice.UnknownCaseException;
import dev.prima.voice.UnknownComplaintException;
import dev.prima.voice.UnknownTouchpointException;
import dev.prima.voice.Voice;
import dev.prima.voice.VoiceKind;
import dev.prima.voice.spi.CaseInstance;
import dev.prima.voice.spi.JournalEntry;
import dev.prima.voice.spi.VoiceEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Complaints and suggestions stored through the engine, read with JDBC and masked per viewer. */
public final class EngineVoice implements Voice {

  private static final int CASES_PER_QUERY = 500;

  /** What an erased complaint's text and answer read. */
  static final String ERASED = "(erased at the complainant's request)";

  private final VoiceEngine engine;
  private final VoiceStore store;
  private final TouchpointJournal journal;
  private final ServiceStandards standards;
  private final Clock clock;
  private final Masking masking;
  private final ComplaintPolicy policy;

  public EngineVoice(
      VoiceEngine engine,
      VoiceStore store,
      TouchpointJournal journal,
      ServiceStandards standards,
      Clock clock,
      Set<String> officerRoles,
      ComplaintPolicy policy) {
    this.engine = engine;
    this.store = store;
    this.journal = journal;
    this.standards = standards;
    this.clock = clock;
    this.masking = new Masking(officerRoles);
    this.policy = policy;
  }

  @Override
  public Complaint lodgeComplaint(ComplaintRequest request) {
    return lodge(VoiceKind.COMPLAINT, request);
  }

  @Override
  public Complaint lodgeSuggestion(ComplaintRequest request) {
    return lodge(VoiceKind.SUGGESTION, request);
  }

  private Complaint lodge(VoiceKind kind, ComplaintRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    String caseId =
        request.caseId() == null
            ? null
            : engine.inTransaction(tx -> tx.caseKeyOf(request.caseId()));
    if (request.touchpointId() != null) {
      VoiceStore.TouchpointRef touchpoint =
          store
              .touchpoint(request.touchpointId())
              .orElseThrow(() -> new UnknownTouchpointException(request.touchpointId()));
      if (caseId == null) {
        caseId = touchpoint.caseId();
      } else if (!caseId.equals(touchpoint.caseId())) {
        throw new InvalidVoiceException(
            "touchpoint '"
                + request.touchpointId()
                + "' belongs to case '"
                + touchpoint.caseId()
                + "', not to case '"
                + caseId
                + "'. Fix: name the case the touchpoint belongs to, or no case at all");
      }
    }
    String theCase = caseId;
    if (theCase != null
        && engine.inTransaction(tx -> tx.runningInstances(theCase)).isEmpty()
        && store.journaledInstance(theCase).isEmpty()) {
      throw new UnknownCaseException(theCase);
    }
    return engine.inTransaction(
        tx -> {
          CaseInstance instance = null;
          if (theCase != null) {
            instance =
                tx.runningInstances(theCase).stream()
                    .findFirst()
                    .or(() -> store.journaledInstance(theCase))
                    .orElseThrow(() -> new UnknownCaseException(theCase));
          }
          String service =
              request.serviceKey() != null ? request.serviceKey() : instance.processDefinitionKey();
          ServiceDuration limit =
              standards
                  .of(service)
                  .map(ServiceStandard::complaintDeadline)
                  .orElse(policy.acknowledgement());
          Instant now = Texts.now(clock);
          Complaint complaint =
              new Complaint(
                  UUID.randomUUID().toString(),
                  kind,
                  theCase,
                  service,
                  request.touchpointId(),
                  request.complainant(),
                  request.channel(),
                  request.text(),
                  request.tier(),
                  now,
                  standards.calendar().add(now, limit),
                  limit.toString(),
                  null,
                  null,
                  null);
          if (kind == VoiceKind.COMPLAINT) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ComplaintHandling.VAR_COMPLAINT_ID, complaint.id());
            variables.put(ComplaintHandling.VAR_CASE_ID, theCase);
            variables.put(ComplaintHandling.VAR_TIER, request.tier().name());
            Optional<String> handling =
                tx.startProcess(ComplaintHandling.PROCESS_KEY, complaint.id(), variables);
            if (handling.isPresent()) {
              complaint = complaint.handledBy(handling.get());
            }
          }
          tx.insertComplaint(complaint);
          if (complaint.handlingProcessInstanceId() != null) {
            tx.watchDeadline(complaint);
          }
          if (instance != null) {
            tx.recordWithoutUser(
                instance,
                new JournalEntry(
                    TouchpointKind.VOICE,
                    kind == VoiceKind.COMPLAINT ? "prima:complaint" : "prima:suggestion",
                    kind == VoiceKind.COMPLAINT ? "Complaint lodged" : "Suggestion made",
                    request.channel(),
                    Lane.CUSTOMER,
                    null,
                    complaint.id(),
                    now));
          }
          return complaint;
        });
  }

  @Override
  public Complaint answer(String complaintId, String outcome) {
    Texts.require("complaintId", complaintId);
    Texts.require("outcome", outcome, ComplaintRequest.MAX_TEXT_LENGTH);
    Complaint complaint =
        store
            .complaint(complaintId, false)
            .orElseThrow(() -> new UnknownComplaintException(complaintId));
    if (complaint.isAnswered()) {
      throw new InvalidVoiceException(
          "complaint '"
              + complaintId
              + "' was already answered at "
              + complaint.answered()
              + "; an answer is recorded once");
    }
    Instant now = Texts.now(clock);
    engine.inTransaction(
        tx -> {
          tx.answerComplaint(complaint, now, outcome);
          return null;
        });
    return complaint.answeredAt(now, outcome);
  }

  @Override
  public Complaint eraseComplainant(String complaintId) {
    Texts.require("complaintId", complaintId);
    boolean found = engine.inTransaction(tx -> tx.eraseComplainant(complaintId, ERASED));
    if (!found) {
      throw new UnknownComplaintException(complaintId);
    }
    return store.complaint(complaintId, true).orElseThrow();
  }

  @Override
  public Optional<Complaint> complaint(String complaintId, Set<String> viewerRoles) {
    Texts.require("complaintId", complaintId);
    return store.complaint(complaintId, masking.maySeeComplainant(viewerRoles));
  }

  @Override
  public List<Complaint> complaintsOfCase(String caseId, Set<String> viewerRoles) {
    Texts.require("caseId", caseId);
    String key = engine.inTransaction(tx -> tx.caseKeyOf(caseId));
    return store.complaintsOfCase(key, masking.maySeeComplainant(viewerRoles));
  }

  @Override
  public List<Complaint> complaintsOfService(
      String serviceKey, Instant from, Instant to, Set<String> viewerRoles) {
    Texts.require("serviceKey", serviceKey);
    return store.complaintsOfService(serviceKey, from, to, masking.maySeeComplainant(viewerRoles));
  }

  @Override
  public List<Complaint> overdue(Set<String> viewerRoles) {
    return store.unansweredDueBefore(Texts.now(clock), masking.maySeeComplainant(viewerRoles));
  }

  @Override
  public Participation participation(
      String serviceKey, Instant from, Instant to, long surveyResponses) {
    Texts.require("serviceKey", serviceKey);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    return Participation.of(
        serviceKey,
        from,
        to,
        touchpointsOfCasesIn(serviceKey, from, to),
        store.complaintsOfService(serviceKey, from, to, false),
        surveyResponses,
        Texts.now(clock));
  }

  /**
   * The service's touchpoints of every case with a touchpoint started in the period, all of them
   * (also those after it: a citizen who exits later counts): a case whose first touchpoint started
   * in the period is among them, and {@link Participation#of} leaves out the others. Reading the
   * service's whole journal instead took minutes at 10,000,000 touchpoints (#21).
   */
  private List<Touchpoint> touchpointsOfCasesIn(String serviceKey, Instant from, Instant to) {
    Set<String> caseIds = new LinkedHashSet<>();
    journal
        .query()
        .processDefinitionKey(serviceKey)
        .startedAfter(from)
        .startedBefore(to)
        .list()
        .forEach(t -> caseIds.add(t.caseId()));
    List<String> ids = new ArrayList<>(caseIds);
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CASES_PER_QUERY) {
      touchpoints.addAll(
          journal
              .query()
              .processDefinitionKey(serviceKey)
              .caseIdIn(ids.subList(i, Math.min(ids.size(), i + CASES_PER_QUERY)))
              .list());
    }
    return touchpoints;
  }
}
