package dev.prima.spring.boot;

import dev.prima.people.FrontlineRole;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An agency application as a Spring Boot developer writes it, with Prima's starter. */
@SpringBootApplication
public class TestAgencyApplication {

  /** Every touchpoint the application heard, after commit. */
  public static final class Heard implements TouchpointListener {
    final List<Touchpoint> touchpoints = new CopyOnWriteArrayList<>();

    @Override
    public void onTouchpoint(Touchpoint touchpoint) {
      touchpoints.add(touchpoint);
    }
  }

  @Bean
  Heard heard() {
    return new Heard();
  }

  @Bean
  FrontlineRole counterOfficer() {
    return FrontlineRole.of("counter-officer", "Counter officer");
  }

  /** The application's own service, in its own transactions. */
  @Service
  public static class Applications {
    private final ObjectProvider<RuntimeService> runtime;

    Applications(ObjectProvider<RuntimeService> runtime) {
      this.runtime = runtime;
    }

    /** Takes an application and then fails on the application's own work: nothing stays. */
    @Transactional
    public void takeAndFail(String caseId) {
      runtime.getObject().startProcessInstanceByKey("permit", caseId);
      throw new IllegalStateException("the agency's own check failed for " + caseId);
    }
  }
}
