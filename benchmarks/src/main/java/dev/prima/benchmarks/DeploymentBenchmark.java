package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.people.FrontlineRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Deployment of a large model: N user tasks in a row, each a touchpoint with channel, lane, target
 * and a candidate group, under a service standard. Prima validates every BPMN resource it deploys
 * (the service triangle, storable values, nesting) and reads its touchpoints; this measures what
 * that adds to the engine's own deployment, in interleaved pairs against a bare engine. Prima's
 * share is {@code (prima - bare) / bare} per pair; the target is under 0.5.
 */
final class DeploymentBenchmark {

  private static final String ROLE = "counter-officer";

  private final Options options;

  DeploymentBenchmark(Options options) {
    this.options = options;
  }

  List<Result> run(Database database) throws Exception {
    List<Result> results = new ArrayList<>();
    for (int tasks : options.deployTasks()) {
      results.add(run(database, tasks));
    }
    return results;
  }

  private Result run(Database database, int tasks) throws Exception {
    byte[] model = model(tasks);
    JdbcTarget bareTarget = database.forBare();
    JdbcTarget primaTarget = database.forPrima();
    try (Engines.Running bare = Engines.bare("deploy-bare", bareTarget, History.AUDIT, false);
        Prima prima =
            Prima.builder()
                .engineName("deploy-prima")
                .jdbc(primaTarget.url(), primaTarget.user(), primaTarget.password())
                .history(History.AUDIT)
                .jobExecutor(false)
                .schemaUpdate(SchemaUpdate.CREATE_DROP)
                .roles(FrontlineRole.of(ROLE, "Counter officer"))
                .build()) {
      deploy(bare.engine(), model); // warm-up: class loading, JIT
      deploy(prima.processEngine(), model);
      List<Double> shares = new ArrayList<>();
      List<Double> bareMillis = new ArrayList<>();
      List<Double> primaMillis = new ArrayList<>();
      for (int round = 0; round < options.deployRounds(); round++) {
        double b;
        double p;
        if (round % 2 == 0) {
          b = deploy(bare.engine(), model);
          p = deploy(prima.processEngine(), model);
        } else {
          p = deploy(prima.processEngine(), model);
          b = deploy(bare.engine(), model);
        }
        bareMillis.add(b);
        primaMillis.add(p);
        shares.add((p - b) / b);
        if (options.verbose()) {
          System.out.printf(
              Locale.ROOT,
              "  deploy %d tasks round %d: bare %.0f ms, prima %.0f ms%n",
              tasks,
              round,
              b,
              p);
        }
      }
      Stats share = Stats.of(shares);
      String detail =
          String.format(
              Locale.ROOT,
              "%-8s deploy %d tasks (%d KiB): bare %.0f ms, prima %.0f ms (medians of %d pairs)",
              database.name(),
              tasks,
              model.length >> 10,
              Stats.of(bareMillis).median(),
              Stats.of(primaMillis).median(),
              shares.size());
      String ratio =
          Result.ratioLine(
              database.name(),
              "deploy " + tasks + " tasks prima-share (prima-bare)/bare",
              share,
              shares.size() + " pairs; target < 0.50");
      return new Result(detail, ratio);
    }
  }

  /** Milliseconds to deploy the model as a new deployment. */
  private static double deploy(ProcessEngine engine, byte[] model) {
    long start = System.nanoTime();
    engine
        .getRepositoryService()
        .createDeployment()
        .addString("large.bpmn", new String(model, StandardCharsets.UTF_8))
        .deploy();
    return (System.nanoTime() - start) / 1e6;
  }

  /** A process of {@code tasks} user tasks in a row, every one a touchpoint. */
  static byte[] model(int tasks) {
    StringBuilder xml = new StringBuilder(tasks * 700);
    xml.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_large\""
            + " targetNamespace=\"https://prima.dev/bench\">\n"
            + "<bpmn:process id=\"large\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">\n"
            + "<bpmn:extensionElements><camunda:properties>"
            + "<camunda:property name=\"prima.standard.name\" value=\"Large service\"/>"
            + "<camunda:property name=\"prima.standard.leadTime\" value=\"P365D\"/>"
            + "</camunda:properties></bpmn:extensionElements>\n"
            + "<bpmn:startEvent id=\"start\"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>\n");
    for (int i = 1; i <= tasks; i++) {
      xml.append("<bpmn:userTask id=\"t")
          .append(i)
          .append("\" name=\"Step ")
          .append(i)
          .append("\" camunda:candidateGroups=\"")
          .append(ROLE)
          .append("\"><bpmn:extensionElements><camunda:properties>")
          .append("<camunda:property name=\"prima.touchpoint\" value=\"Step ")
          .append(i)
          .append(" done\"/><camunda:property name=\"prima.channel\" value=\"counter\"/>")
          .append("<camunda:property name=\"prima.lane\" value=\"FRONTSTAGE\"/>")
          .append("<camunda:property name=\"prima.target\" value=\"PT15M\"/>")
          .append("</camunda:properties></bpmn:extensionElements><bpmn:incoming>f")
          .append(i - 1)
          .append("</bpmn:incoming><bpmn:outgoing>f")
          .append(i)
          .append("</bpmn:outgoing></bpmn:userTask>\n")
          .append("<bpmn:sequenceFlow id=\"f")
          .append(i - 1)
          .append("\" sourceRef=\"")
          .append(i == 1 ? "start" : "t" + (i - 1))
          .append("\" targetRef=\"t")
          .append(i)
          .append("\"/>\n");
    }
    xml.append("<bpmn:endEvent id=\"end\"><bpmn:incoming>f")
        .append(tasks)
        .append("</bpmn:incoming></bpmn:endEvent>\n<bpmn:sequenceFlow id=\"f")
        .append(tasks)
        .append("\" sourceRef=\"t")
        .append(tasks)
        .append("\" targetRef=\"end\"/>\n</bpmn:process>\n</bpmn:definitions>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }
}
