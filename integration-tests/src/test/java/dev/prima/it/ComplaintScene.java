package dev.prima.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.models.ServiceModels;
import dev.prima.people.FrontlineRole;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.LoggerFactory;

/**
 * A citizen's case with a complaint about it, lodged by a logged-in user with a planted identity
 * (name, contact, user id: unique strings that can only come from this complaint), with every log
 * line written while lodging captured at DEBUG.
 */
final class ComplaintScene implements AutoCloseable {

  static final String SERVICE = ServiceModels.EKTP_ISSUANCE.key();
  private static final List<String> CAPTURED_LOGGERS = List.of("dev.prima", "org.camunda");

  private final HikariDataSource dataSource;
  private final Prima prima;
  private final Clock clock = Clock.systemUTC();
  private final String token = UUID.randomUUID().toString().substring(0, 8);
  private final String caseKey = "KTP-" + token;
  private String complaintId;
  private String handlingInstanceId;
  private String logWhileLodging = "";

  ComplaintScene(ItDatabase database) {
    dataSource = database.dataSource();
    prima =
        Prima.builder()
            .dataSource(dataSource)
            .schemaUpdate(SchemaUpdate.CREATE_DROP)
            .history(History.FULL)
            .discoverListeners(false)
            .clock(clock)
            .engineName("privacy-" + token)
            .roles(
                Stream.of(ServiceModels.EKTP_ISSUANCE, ServiceModels.COMPLAINT_HANDLING)
                    .flatMap(model -> model.roles().stream())
                    .collect(Collectors.toCollection(TreeSet::new))
                    .stream()
                    .map(role -> FrontlineRole.of(role, role))
                    .toArray(FrontlineRole[]::new))
            .build();
    ServiceModels.EKTP_ISSUANCE.deployTo(prima.processEngine());
    ServiceModels.COMPLAINT_HANDLING.deployTo(prima.processEngine());
    prima.processEngine().getRuntimeService().startProcessInstanceByKey(SERVICE, caseKey);
  }

  String name() {
    return "Dewi Rahasia " + token;
  }

  String contact() {
    return "dewi." + token + "@contoh.id";
  }

  String userId() {
    return "dewi.secret." + token;
  }

  /** Every planted piece of identity. */
  List<String> identity() {
    return List.of(name(), contact(), userId());
  }

  /**
   * Lodges a complaint about the case as the logged-in user, named or anonymous, with {@code text};
   * then a complaint officer answers it.
   */
  Complaint lodge(boolean named, String text) {
    ComplaintRequest.Builder request =
        ComplaintRequest.aboutCase(caseKey)
            .touchpoint(prima.touchpoints().query().caseId(caseKey).list().get(0).id())
            .text(text);
    if (named) {
      request.complainant(Complainant.of(name(), contact()));
    }
    IdentityService identity = prima.processEngine().getIdentityService();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    Map<Logger, Level> levels = new java.util.HashMap<>();
    for (String name : CAPTURED_LOGGERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.put(logger, logger.getLevel());
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(captured);
    }
    Complaint complaint;
    try {
      identity.setAuthentication(userId(), List.of("citizen"));
      complaint = prima.voice().lodgeComplaint(request.build());
    } finally {
      identity.clearAuthentication();
      levels.forEach(
          (logger, level) -> {
            logger.detachAppender(captured);
            logger.setLevel(level);
            logger.setAdditive(true);
          });
    }
    logWhileLodging =
        captured.list.stream()
            .map(event -> event.getFormattedMessage() + " " + event.getMDCPropertyMap())
            .collect(Collectors.joining("\n"));
    if (captured.list.isEmpty()) {
      throw new IllegalStateException("no log line captured while lodging: the capture is broken");
    }
    complaintId = complaint.id();
    handlingInstanceId = complaint.handlingProcessInstanceId();
    prima.voice().answer(complaintId, "Terima kasih, loket kini buka sampai pukul 15.00");
    return complaint;
  }

  Prima prima() {
    return prima;
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  Clock clock() {
    return clock;
  }

  String service() {
    return SERVICE;
  }

  String caseKey() {
    return caseKey;
  }

  String complaintId() {
    return complaintId;
  }

  String handlingInstanceId() {
    return handlingInstanceId;
  }

  String logWhileLodging() {
    return logWhileLodging;
  }

  @Override
  public void close() {
    try {
      prima.close();
    } finally {
      dataSource.close();
    }
  }
}
