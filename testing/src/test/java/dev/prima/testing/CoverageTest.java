package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which flow nodes and sequence flows the tests reached, in numbers and in JSON files. */
class CoverageTest {

  @RegisterExtension
  static final PrimaExtension extension = PrimaExtension.builder().deploy(RESOURCE).build();

  static void straightPath(ServiceScenario scenario, String caseId) {
    scenario
        .citizen("dewi")
        .starts(PROCESS_KEY, caseId, Map.of(VAR_CITIZEN_USER_ID, "dewi"))
        .then(staff("siti").completes(TASK_VERIFY_DOCUMENTS).with(VAR_DOCUMENTS_COMPLETE, true))
        .then(staff("budi").completes(TASK_APPROVE_CERTIFICATE));
  }

  static void loopPath(ServiceScenario scenario, String caseId) {
    scenario
        .citizen("dewi")
        .starts(PROCESS_KEY, caseId, Map.of(VAR_CITIZEN_USER_ID, "dewi"))
        .then(staff("siti").completes(TASK_VERIFY_DOCUMENTS).with(VAR_DOCUMENTS_COMPLETE, false))
        .then(citizen("dewi").completes(TASK_BRING_MISSING_DOCUMENT));
  }

  @Test
  void theStraightPathMissesTheLoopForTheMissingDocument() {
    straightPath(extension.scenario(), "SKT-1");

    CoverageReport coverage = extension.coverage();

    ProcessCoverage process = coverage.process(PROCESS_KEY).orElseThrow();
    assertThat(process.flowNodes()).hasSize(7);
    assertThat(process.sequenceFlows()).hasSize(7);
    assertThat(process.missedFlowNodes()).containsExactly(BRING_MISSING_DOCUMENT);
    assertThat(process.missedSequenceFlows())
        .containsExactly(FLOW_BACK_TO_VERIFY, FLOW_DOCUMENTS_INCOMPLETE);
    assertThat(process.coveredElements()).isEqualTo(11);
    assertThat(process.ratio()).isEqualTo(11 / 14.0);
    assertThat(coverage.ratio()).isEqualTo(11 / 14.0);
    assertThatCoverage(coverage)
        .isAtLeast(0.75)
        .hasProcessCoverageAtLeast(PROCESS_KEY, 0.75)
        .hasCovered(PROCESS_KEY, APPROVE_CERTIFICATE, "Flow_DocumentsComplete");
    assertThatThrownBy(() -> assertThatCoverage(coverage).isAtLeast(0.9))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the process coverage of dev.prima.testing.CoverageTest to be at least"
                + " 90.0%, but it was 78.6%:\n"
                + "  certificate-application 78.6% (flow nodes 6/7, sequence flows 5/7)\n"
                + "    flow nodes not reached: [BringMissingDocument]\n"
                + "    sequence flows not taken: [Flow_BackToVerify, Flow_DocumentsIncomplete]");
    assertThatThrownBy(
            () -> assertThatCoverage(coverage).hasCovered(PROCESS_KEY, BRING_MISSING_DOCUMENT))
        .hasMessageContaining("to include [BringMissingDocument], but [BringMissingDocument] were");
    assertThatThrownBy(() -> assertThatCoverage(coverage).isAtLeast(90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("such as 0.9 for 90%");
  }

  @Test
  void coverageOfTwoClassesAddsUpInTheRunAndIsWrittenAsJson() throws IOException {
    Fixtures.Result result = Fixtures.run(StraightPathFixture.class, LoopPathFixture.class);
    assertThat(result.failures()).isEmpty();

    JsonObject straight = read("dev.prima.testing.CoverageTest_StraightPathFixture.json");
    assertThat(straight.get("name").getAsString()).isEqualTo(StraightPathFixture.class.getName());
    assertThat(straight.get("coverage").getAsDouble()).isEqualTo(0.7857);
    JsonObject process = straight.getAsJsonArray("processes").get(0).getAsJsonObject();
    assertThat(process.get("processKey").getAsString()).isEqualTo(PROCESS_KEY);
    assertThat(counts(process, "flowNodes")).isEqualTo(List.of(7, 6));
    assertThat(ids(process, "flowNodes")).containsExactly(BRING_MISSING_DOCUMENT);
    assertThat(counts(process, "sequenceFlows")).isEqualTo(List.of(7, 5));
    assertThat(ids(process, "sequenceFlows"))
        .containsExactly(FLOW_BACK_TO_VERIFY, FLOW_DOCUMENTS_INCOMPLETE);

    JsonObject loop = read("dev.prima.testing.CoverageTest_LoopPathFixture.json");
    JsonObject loopProcess = loop.getAsJsonArray("processes").get(0).getAsJsonObject();
    assertThat(ids(loopProcess, "flowNodes"))
        .containsExactly(APPROVE_CERTIFICATE, CERTIFICATE_ISSUED, ISSUE_CERTIFICATE);

    JsonObject run =
        JsonParser.parseString(
                Files.readString(Path.of("target/prima-coverage/prima-coverage.json")))
            .getAsJsonObject();
    assertThat(run.get("name").getAsString()).isEqualTo("run");
    JsonObject runProcess =
        StreamSupport.stream(run.getAsJsonArray("processes").spliterator(), false)
            .map(e -> e.getAsJsonObject())
            .filter(p -> p.get("processKey").getAsString().equals(PROCESS_KEY))
            .findFirst()
            .orElseThrow();
    assertThat(runProcess.get("coverage").getAsDouble()).isEqualTo(1.0);
    assertThat(ids(runProcess, "sequenceFlows")).isEmpty();
    assertThat(PrimaExtension.runCoverage().process(PROCESS_KEY).orElseThrow().ratio())
        .isEqualTo(1.0);
  }

  @Test
  void aClassBelowItsMinimumCoverageFailsListingWhatWasMissed() {
    Fixtures.Result result = Fixtures.run(MinimumCoverageFixture.class);

    assertThat(result.succeeded()).containsExactly("straightPath()");
    assertThat(result.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.name()).isEqualTo("CoverageTest$MinimumCoverageFixture");
              assertThat(failure.error())
                  .isInstanceOf(AssertionError.class)
                  .hasMessageStartingWith(
                      "Expecting the process coverage of "
                          + MinimumCoverageFixture.class.getName()
                          + " to be at least 90.0%, but it was 78.6%:")
                  .hasMessageContaining(
                      "sequence flows not taken: [Flow_BackToVerify, Flow_DocumentsIncomplete]");
            });
  }

  private static JsonObject read(String fileName) throws IOException {
    Path file = Path.of("target/prima-coverage", fileName);
    assertThat(file).exists();
    return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  private static List<Integer> counts(JsonObject process, String kind) {
    JsonObject counts = process.getAsJsonObject(kind);
    return List.of(counts.get("total").getAsInt(), counts.get("covered").getAsInt());
  }

  private static List<String> ids(JsonObject process, String kind) {
    return StreamSupport.stream(
            process.getAsJsonObject(kind).getAsJsonArray("notCovered").spliterator(), false)
        .map(e -> e.getAsString())
        .toList();
  }

  @PrimaTest
  @Deploy(RESOURCE)
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class StraightPathFixture {
    ServiceScenario scenario;

    @Test
    void straightPath() {
      CoverageTest.straightPath(scenario, "SKT-10");
    }
  }

  @PrimaTest
  @Deploy(RESOURCE)
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class LoopPathFixture {
    ServiceScenario scenario;

    @Test
    void loopPath() {
      CoverageTest.loopPath(scenario, "SKT-11");
    }
  }

  @PrimaTest(minimumCoverage = 0.9)
  @Deploy(RESOURCE)
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class MinimumCoverageFixture {
    ServiceScenario scenario;

    @Test
    void straightPath() {
      CoverageTest.straightPath(scenario, "SKT-12");
    }
  }
}
