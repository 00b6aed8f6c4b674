package dev.prima.spring.boot;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/** The application on H2. */
// metrics export is off in Spring Boot tests unless asked for
@AutoConfigureObservability
@SpringBootTest(
    classes = TestAgencyApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:prima-boot;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=bootH2",
      "camunda.bpm.database.schema-update=create-drop",
      "camunda.bpm.job-execution.enabled=false"
    })
class PrimaApplicationTest extends AbstractPrimaApplicationTest {}
