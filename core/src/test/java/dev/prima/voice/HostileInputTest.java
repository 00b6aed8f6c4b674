package dev.prima.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.prima.InvalidArgumentException;
import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.TestDatabase;
import dev.prima.export.ExportOptions;
import dev.prima.touchpoint.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every string argument of the query, voice, exit, rating, standard and export APIs, given hostile
 * values: SQL in quotes is only ever data, and what cannot be stored or searched (null, a NUL
 * character, 10,000 characters) is refused before the database with an exception naming the
 * argument.
 */
class HostileInputTest {

  private static final Set<String> OFFICER = Set.of("complaint-officer");

  /** Values SQL would misread if they were spliced into a statement; harmless as parameters. */
  static final List<String> QUOTED_SQL =
      List.of("'", "O'Brien", "' OR '1'='1", "'; drop table PRIMA_JOURNAL; --", "\"x\"", "%", "_");

  /** Values no column can take: each must be refused, naming the argument (null: if required). */
  static final List<String> UNSTORABLE = Arrays.asList(null, "a\0b", "x".repeat(10_000));

  /** One string argument of the API, given a value in a case and a complaint that exist. */
  record Call(String argument, boolean optional, BiConsumer<Scene, String> call) {
    Call(String argument, BiConsumer<Scene, String> call) {
      this(argument, false, call);
    }
  }

  record Scene(Prima prima, String caseId, String touchpointId, String complaintId) {}

  static final List<Call> CALLS =
      List.of(
          new Call("caseId", (s, v) -> s.prima.touchpoints().query().caseId(v).list()),
          new Call("caseId", (s, v) -> s.prima.touchpoints().query().caseAfter(v).list()),
          new Call(
              "caseIds", (s, v) -> s.prima.touchpoints().query().caseIdIn(Arrays.asList(v)).list()),
          new Call(
              "processInstanceId",
              (s, v) -> s.prima.touchpoints().query().processInstanceId(v).list()),
          new Call(
              "processDefinitionKey",
              (s, v) -> s.prima.touchpoints().query().processDefinitionKey(v).list()),
          new Call("userId", (s, v) -> s.prima.touchpoints().query().userId(v).count()),
          new Call("role", (s, v) -> s.prima.touchpoints().query().role(v).list()),
          new Call("caseId", (s, v) -> s.prima.journeys().cycleOf(v)),
          new Call(
              "processDefinitionKey",
              (s, v) ->
                  s.prima
                      .journeys()
                      .profileOf(v, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))),
          new Call("processDefinitionKey", (s, v) -> s.prima.standards().of(v)),
          new Call("caseId", (s, v) -> s.prima.standards().breachesOf(v)),
          new Call("processDefinitionKey", (s, v) -> s.prima.standards().breachesOfService(v)),
          new Call(
              "processDefinitionKey",
              (s, v) ->
                  s.prima
                      .standards()
                      .breachesOfService(v, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))),
          new Call(
              "processDefinitionKey",
              (s, v) ->
                  s.prima
                      .standards()
                      .breachesOfServiceStarted(
                          v, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))),
          new Call(
              "caseId",
              (s, v) ->
                  s.prima.voice().lodgeComplaint(ComplaintRequest.aboutCase(v).text("t").build())),
          new Call(
              "serviceKey",
              (s, v) ->
                  s.prima
                      .voice()
                      .lodgeSuggestion(ComplaintRequest.aboutService(v).text("t").build())),
          new Call(
              "touchpointId",
              (s, v) ->
                  s.prima
                      .voice()
                      .lodgeComplaint(
                          ComplaintRequest.aboutCase(s.caseId).touchpoint(v).text("t").build())),
          new Call(
              "text",
              (s, v) ->
                  s.prima
                      .voice()
                      .lodgeSuggestion(ComplaintRequest.aboutCase(s.caseId).text(v).build())),
          new Call(
              "name",
              (s, v) ->
                  s.prima
                      .voice()
                      .lodgeSuggestion(
                          ComplaintRequest.aboutCase(s.caseId)
                              .complainant(Complainant.of(v, "0812"))
                              .text("t")
                              .build())),
          new Call(
              "contact",
              true,
              (s, v) ->
                  s.prima
                      .voice()
                      .lodgeSuggestion(
                          ComplaintRequest.aboutCase(s.caseId)
                              .complainant(Complainant.of("Dewi", v))
                              .text("t")
                              .build())),
          new Call("complaintId", (s, v) -> s.prima.voice().answer(v, "ok")),
          new Call("outcome", (s, v) -> s.prima.voice().answer(s.complaintId, v)),
          new Call("complaintId", (s, v) -> s.prima.voice().complaint(v, OFFICER)),
          new Call("caseId", (s, v) -> s.prima.voice().complaintsOfCase(v, OFFICER)),
          new Call(
              "serviceKey",
              (s, v) ->
                  s.prima
                      .voice()
                      .complaintsOfService(
                          v, Instant.EPOCH, Instant.now().plusSeconds(60), OFFICER)),
          new Call("complaintId", (s, v) -> s.prima.voice().eraseComplainant(v)),
          new Call("caseId", (s, v) -> s.prima.exits().withdraw(v, "moved")),
          new Call(
              "note",
              true,
              (s, v) ->
                  s.prima.exits().switchChannel(s.caseId, Channel.COUNTER, Channel.ONLINE, v)),
          new Call("caseId", (s, v) -> s.prima.exits().exitsOf(v)),
          new Call("touchpointId", (s, v) -> s.prima.ratings().rate(v, Rating.skm(3), null)),
          new Call(
              "comment", true, (s, v) -> s.prima.ratings().rate(s.touchpointId, Rating.skm(3), v)),
          new Call("caseId", (s, v) -> s.prima.ratings().ratingsOf(v)),
          new Call("service", (s, v) -> ExportOptions.custom().service(v)),
          // last: it ends the case the other calls use
          new Call("reason", (s, v) -> s.prima.exits().withdraw(s.caseId, v)));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void unstorableValuesAreRefusedBeforeTheDatabaseNamingTheArgument(TestDatabase database) {
    try (Prima prima = start(database)) {
      Scene scene = scene(prima);
      long before = prima.touchpoints().query().count();
      List<String> wrong = new ArrayList<>();
      for (Call call : CALLS) {
        for (String value : UNSTORABLE) {
          if (value == null && call.optional) {
            continue; // null means "none" here
          }
          Throwable thrown = catchThrowable(() -> call.call.accept(scene, value));
          if (!(thrown instanceof InvalidArgumentException)
              || !thrown.getMessage().contains(call.argument)) {
            wrong.add(call.argument + " = " + shown(value) + ": " + thrown);
          }
        }
      }
      assertThat(wrong).isEmpty();
      assertThat(prima.touchpoints().query().count()).as("nothing recorded").isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void quotedSqlIsOnlyEverData(TestDatabase database) {
    try (Prima prima = start(database)) {
      Scene scene = scene(prima);
      long touchpoints = prima.touchpoints().query().count();
      List<String> wrong = new ArrayList<>();
      for (Call call : CALLS) {
        for (String value : QUOTED_SQL) {
          Throwable thrown = catchThrowable(() -> call.call.accept(scene, value));
          // Prima's own answers (unknown case, already answered) are fine; a database error is not
          if (thrown != null
              && (!(thrown instanceof PrimaException)
                  || thrown.getClass().getName().contains("Persistence")
                  || String.valueOf(thrown.getMessage()).contains("SQL"))) {
            wrong.add(call.argument + " = " + shown(value) + ": " + thrown);
          }
        }
      }
      assertThat(wrong).isEmpty();
      assertThat(prima.touchpoints().query().count())
          .as("the journal is intact: only the calls' own touchpoints were added")
          .isGreaterThanOrEqualTo(touchpoints);
      assertThat(prima.touchpoints().query().role("%").count()).isZero();
      assertThat(prima.touchpoints().query().role("_").count()).isZero();
      assertThat(prima.touchpoints().query().role("counter-officer").count()).isEqualTo(1);
      assertThat(prima.touchpoints().query().role("counter%").count()).isZero();
    }
  }

  private static String shown(String value) {
    return value == null ? "null" : value.length() > 40 ? value.length() + " characters" : value;
  }

  private final MutableClock clock = new MutableClock(VoiceFixture.OPENING);

  private Prima start(TestDatabase database) {
    return VoiceFixture.start(database, database.builder().clock(clock));
  }

  /** A case past its counter check, with a complaint about it. */
  private Scene scene(Prima prima) {
    VoiceFixture.apply(prima, "SAFE-1");
    VoiceFixture.complete(prima.processEngine(), "SAFE-1");
    clock.advance(Duration.ofMinutes(5));
    var task =
        prima
            .processEngine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey("SAFE-1")
            .singleResult();
    prima.processEngine().getTaskService().claim(task.getId(), "siti");
    String touchpoint = prima.touchpoints().query().caseId("SAFE-1").list().get(0).id();
    Complaint complaint =
        prima.voice().lodgeComplaint(ComplaintRequest.aboutCase("SAFE-1").text("slow").build());
    return new Scene(prima, "SAFE-1", touchpoint, complaint.id());
  }
}
