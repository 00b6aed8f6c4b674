package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.internal.Messages;
import dev.prima.journey.ServiceCycle;
import dev.prima.models.CertificateApplication;
import dev.prima.models.ServiceModels;
import dev.prima.people.InMemoryStaffDirectory;
import dev.prima.people.StaffMember;
import dev.prima.quality.SkmResult;
import dev.prima.report.ServiceReport;
import dev.prima.strategy.Breach;
import dev.prima.touchpoint.TouchpointLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prima-examples demo}: a day of certificate applications at a district office. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serves citizens applying for a certificate (surat keterangan) at a district office"
          + " (kecamatan), on a simulated clock from Monday 30 November 2026 08:00 in Jakarta, with Prima on an embedded Camunda engine"
          + " and an H2 file database in --db-dir.",
      "It prints each step and who did it from Camunda's history; one citizen's cycle of service"
          + " and touchpoint log lines; the service standard (2 working days), the breaches"
          + " Prima's timers noticed and each officer's workload; a complaint and its handling,"
          + " with the complainant's identity hidden from the counter; and the community"
          + " satisfaction index (SKM) of 40 simulated respondents. It ends by writing the HTML"
          + " service report.",
      "The second citizen is sent back once for a missing document.",
      "Files in --db-dir: prima.mv.db (read it later with report or export, --jdbc"
          + " jdbc:h2:file:<dir>/prima), touchpoints.log and report.html. Each run first deletes"
          + " the prima.*.db files of an earlier run there, and nothing else.",
      "With --model, runs a ready-made model along its smooth path instead.",
      "Exit codes: 0 done, 1 --db-dir cannot be used (a file, not writable), 2 usage error."
    })
final class DemoCommand implements Callable<Integer> {

  static final int MAX_CITIZENS = 100;

  /** The citizen who forgets a document. */
  private static final int SENT_BACK_POSITION = 2;

  private static final String DATABASE_NAME = "prima";

  private static final String TOUCHPOINT_LOG = "touchpoints.log";

  private static final String REPORT = "report.html";

  private static final int SURVEY_RESPONDENTS = 40;

  /** Office opens: Monday 30 November 2026, 08:00 in Jakarta. */
  private static final Instant DEMO_DAY = Instant.parse("2026-11-30T01:00:00Z");

  /** The office's staff, so that reports name them. */
  static final InMemoryStaffDirectory STAFF =
      InMemoryStaffDirectory.of(
          StaffMember.of(CertificateDemo.COUNTER_OFFICER, "Siti Rahmawati")
              .inRoles("counter-officer"),
          StaffMember.of(CertificateDemo.SECTION_HEAD, "Budi Santoso").inRoles("section-head"),
          StaffMember.of("rahmat", "Rahmat Hidayat").inRoles("complaint-officer"));

  @Spec private CommandSpec spec;

  @Mixin private LanguageOption language;

  @Option(
      names = "--db-dir",
      defaultValue = "target/prima-demo",
      paramLabel = "<dir>",
      converter = Converters.FilePath.class,
      description =
          "Directory of the demo's H2 database; earlier demo files there are deleted"
              + " (default: ${DEFAULT-VALUE}).")
  private Path dbDir;

  private int citizens;

  @Option(
      names = "--citizens",
      defaultValue = "4",
      paramLabel = "<n>",
      description = "How many citizens to serve, 1 to 100 (default: ${DEFAULT-VALUE}).")
  void setCitizens(int citizens) {
    if (citizens < 1 || citizens > MAX_CITIZENS) {
      throw new UsageError(
          spec.commandLine(),
          CliText.of("demo.citizens", String.valueOf(MAX_CITIZENS), String.valueOf(citizens)));
    }
    this.citizens = citizens;
  }

  @Option(
      names = "--model",
      paramLabel = "<name>",
      description =
          "Run a ready-made model of prima-bpmn-models along its smooth path instead of the"
              + " certificate demo: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ModelNames.class)
  private String model;

  /** The model names for --help. */
  static final class ModelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ServiceModels.names().iterator();
    }
  }

  @Override
  public Integer call() {
    // every argument is checked before the earlier demo's files are deleted
    ServiceModels chosen = model == null ? null : chosenModel();
    CliFiles.checkWritableDirectory("--db-dir", dbDir);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = dbDir.toAbsolutePath().normalize();
    deleteEarlierDemo(dir);
    Messages texts = language.texts();
    if (chosen != null) {
      new ModelDemo(chosen, new DemoClock(DEMO_DAY), texts)
          .run(dir.resolve(DATABASE_NAME), citizens, out);
      out.flush();
      return 0;
    }
    DemoClock clock = new DemoClock(DEMO_DAY);
    List<Breach> breaches = new CopyOnWriteArrayList<>();
    try (TouchpointLogCapture log = new TouchpointLogCapture(dir.resolve(TOUCHPOINT_LOG));
        Prima prima =
            Prima.builder()
                .h2File(dir.resolve(DATABASE_NAME))
                .clock(clock)
                .staff(STAFF)
                .breachListener(breaches::add)
                .build()) {
      ProcessEngine engine = prima.processEngine();
      ProcessDefinition definition = deploy(engine);
      out.println(texts.text("demo.title"));
      out.println(
          texts.text(
              "demo.process",
              definition.getKey(),
              String.valueOf(definition.getVersion()),
              dir.resolve(DATABASE_NAME + ".mv.db").toString()));
      out.println(
          texts.text(
              "demo.staff",
              CertificateDemo.COUNTER_OFFICER,
              CertificateDemo.SECTION_HEAD,
              String.valueOf(citizens)));
      out.println();
      List<Citizen> queue = Citizen.first(citizens);
      new CertificateDemo(engine, clock, texts).serve(queue, SENT_BACK_POSITION);
      new ServiceHistoryReport(engine.getHistoryService(), prima.modelTexts(), texts).print(out);

      Citizen shown = queue.get(Math.min(SENT_BACK_POSITION, queue.size()) - 1);
      ServiceCycle cycle =
          prima.journeys().cycleOf(shown.businessKey(), texts.locale()).orElseThrow();
      out.println();
      out.println(texts.text("demo.cycleOf", shown.businessKey(), shown.name()));
      out.println(texts.text("demo.waitMeaning"));
      out.println(cycle.toTimeline(DemoClock.JAKARTA, texts.locale()));
      out.println();
      out.println(
          texts.text(
              "demo.logLines",
              shown.businessKey(),
              TouchpointLog.LOGGER_NAME,
              dir.resolve(TOUCHPOINT_LOG).toString()));
      log.linesOf(shown.businessKey()).forEach(out::println);

      new TriangleReport(prima, DemoClock.JAKARTA, texts)
          .print(out, breaches, DEMO_DAY, clock.instant());

      VoiceReport voice = new VoiceReport(prima, clock, texts);
      voice.complaint(shown, out);
      SkmResult survey = voice.survey(SURVEY_RESPONDENTS, out);

      Path report =
          ServiceReport.builder(prima)
              .service(CertificateApplication.PROCESS_KEY)
              .period(DEMO_DAY, clock.instant().plusSeconds(1))
              .zone(DemoClock.JAKARTA)
              .survey(survey)
              .locale(texts.locale())
              .build()
              .writeTo(dir.resolve(REPORT));
      out.println();
      out.println(texts.text("demo.report", report.toString()));
    }
    out.flush();
    return 0;
  }

  private ServiceModels chosenModel() {
    if (!ServiceModels.names().contains(model)) {
      throw new UsageError(
          spec.commandLine(),
          CliText.of("demo.unknownModel", model, String.join(", ", ServiceModels.names())));
    }
    return ServiceModels.byName(model);
  }

  private static ProcessDefinition deploy(ProcessEngine engine) {
    String deploymentId = ServiceModels.CERTIFICATE_APPLICATION.deployTo(engine).getId();
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .deploymentId(deploymentId)
        .singleResult();
  }

  /** Deletes the H2 files of an earlier run ({@code prima.mv.db}, {@code prima.trace.db}, ...). */
  private static void deleteEarlierDemo(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(DemoCommand::isDemoDatabaseFile).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new CommandFailure(
          CliText.of(
              "demo.cannotPrepare",
              dir.toString(),
              CliFiles.reason(e),
              CliFiles.otherFile(e, null)),
          e);
    }
  }

  private static boolean isDemoDatabaseFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && name.startsWith(DATABASE_NAME + ".")
        && name.contains(".db");
  }
}
