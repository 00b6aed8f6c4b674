package dev.prima.agency;

import dev.prima.models.ServiceModels;
import dev.prima.people.FrontlineRole;
import dev.prima.people.FrontlineRoles;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A district office (kantor kecamatan) on Prima: the ready-made service models, a citizen who
 * follows their own application, and the service report. Started with {@code java -jar
 * examples/agency-app/target/prima-agency-app.jar}; H2 in a file by default, PostgreSQL with the
 * {@code postgres} profile.
 */
@SpringBootApplication
public class AgencyApplication {

  public static void main(String[] args) {
    SpringApplication.run(AgencyApplication.class, args);
  }

  /** The office's services: the ready-made models of prima-bpmn-models. */
  static final List<ServiceModels> SERVICES =
      List.of(
          ServiceModels.CERTIFICATE_APPLICATION,
          ServiceModels.EKTP_ISSUANCE,
          ServiceModels.BIRTH_REGISTRATION,
          ServiceModels.BUSINESS_LICENCE,
          ServiceModels.COMPLAINT_HANDLING);

  /** The frontline roles the services' tasks are offered to, each declared for Prima. */
  @Bean
  FrontlineRoles frontlineRoles() {
    return FrontlineRoles.of(
        SERVICES.stream()
            .flatMap(service -> service.roles().stream())
            .distinct()
            .sorted()
            .map(role -> FrontlineRole.of(role, role))
            .toList());
  }

  /** Deploys the services once; an unchanged model is not deployed again. */
  @Bean
  ApplicationRunner deployServices(ProcessEngine engine) {
    return arguments -> SERVICES.forEach(service -> service.deployTo(engine));
  }
}
