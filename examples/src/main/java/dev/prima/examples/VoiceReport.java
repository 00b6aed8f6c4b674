package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.internal.Messages;
import dev.prima.journey.ServiceCycle;
import dev.prima.models.ServiceModels;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.ComplaintTier;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** The citizen's voice in the demo: one complaint handled to its answer, and the SKM survey. */
final class VoiceReport {

  private static final String OFFICER = "rahmat";
  private static final Set<String> OFFICER_ROLES = Set.of("complaint-officer");

  private final Prima prima;
  private final DemoClock clock;
  private final Messages texts;

  VoiceReport(Prima prima, DemoClock clock, Messages texts) {
    this.prima = prima;
    this.clock = clock;
    this.texts = texts;
  }

  /** Dewi complains about being sent back; the complaint officer handles it to an answer. */
  void complaint(Citizen citizen, PrintWriter out) {
    ProcessEngine engine = prima.processEngine();
    ServiceModels.COMPLAINT_HANDLING.deployTo(engine);
    List<Touchpoint> lived = prima.touchpoints().query().caseId(citizen.businessKey()).list();
    Touchpoint concerned =
        lived.stream()
            .filter(t -> "BringMissingDocument".equals(t.elementId()))
            .findFirst()
            .orElse(lived.get(0));
    clock.toNextMorning(9); // the SMS is read when the office opens
    Complaint lodged =
        prima
            .voice()
            .lodgeComplaint(
                ComplaintRequest.aboutCase(citizen.businessKey())
                    .touchpoint(concerned.id())
                    .complainant(Complainant.of(citizen.name(), "0812-0000-0002"))
                    .channel(Channel.SMS)
                    .text(texts.text("voice.complaintText"))
                    .tier(ComplaintTier.LIGHT)
                    .build());
    for (int step = 0; step < 8; step++) {
      // each step lies in the complaint officer's pile 40 minutes, then takes 20
      clock.pass(engine, Duration.ofMinutes(40));
      List<Task> open =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(lodged.handlingProcessInstanceId())
              .list();
      if (open.isEmpty()) {
        clock.pass(engine, Duration.ofMinutes(20));
        break;
      }
      Task task = open.get(0);
      engine.getTaskService().claim(task.getId(), OFFICER);
      clock.pass(engine, Duration.ofMinutes(20));
      engine.getTaskService().complete(task.getId(), ModelDemo.SMOOTH_PATH);
    }
    prima.voice().answer(lodged.id(), texts.text("voice.answer"));
    Complaint seen = prima.voice().complaint(lodged.id(), OFFICER_ROLES).orElseThrow();
    Complaint public_ =
        prima.voice().complaint(lodged.id(), Set.of("counter-officer")).orElseThrow();
    out.println();
    out.println(
        texts.text(
            "voice.complaint",
            seen.id(),
            seen.caseId(),
            prima.modelTexts().momentOf(concerned, texts.locale()),
            seen.complainant().name(),
            seen.channel().id(),
            String.valueOf(seen.deadlineLimit()),
            texts.text(seen.answeredInTime().orElse(false) ? "voice.inTime" : "voice.late")));
    out.println(
        "  "
            + texts.text(
                "voice.hidden",
                public_.complainant().isHidden()
                    ? texts.text("voice.hiddenName")
                    : public_.complainant().name()));
    out.println("  " + texts.text("voice.outcome", seen.outcome()));
    ServiceCycle handling = prima.journeys().cycleOf(seen.id(), texts.locale()).orElse(null);
    if (handling != null) {
      out.println(texts.text("voice.handling", ServiceModels.COMPLAINT_HANDLING.key()));
      out.println(handling.toTimeline(DemoClock.JAKARTA, texts.locale()));
    }
  }

  /** Simulated respondents of the community satisfaction survey (Permenpan RB 14/2017). */
  SkmResult survey(int respondents, PrintWriter out) {
    Random random = new Random(2026);
    SkmProfile profile = SkmProfile.PERMENPAN_14_2017;
    List<SkmResponse> responses = new ArrayList<>();
    for (int i = 0; i < respondents; i++) {
      Map<String, Integer> answers = new LinkedHashMap<>();
      for (String code : profile.codes()) {
        // mostly satisfied citizens; the fee (U4) is free, so always 4
        answers.put(
            code, code.equals("U4") ? 4 : 3 + random.nextInt(2) - (random.nextInt(5) == 0 ? 1 : 0));
      }
      responses.add(SkmResponse.of(profile, answers));
    }
    out.println();
    out.println(texts.text("voice.survey", respondents));
    SkmResult result = SkmSurvey.of(profile, responses).result();
    out.println(result.toTable(texts.locale()));
    return result;
  }
}
