package dev.prima.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.engine.PrimaPlugin;
import dev.prima.people.FrontlineRole;
import dev.prima.people.InMemoryStaffDirectory;
import dev.prima.people.StaffDirectory;
import dev.prima.people.StaffMember;
import dev.prima.spring.boot.internal.PrimaFailureAnalyzer;
import dev.prima.spring.boot.internal.PrimaMetrics;
import dev.prima.strategy.BreachListener;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.touchpoint.TouchpointListener;
import dev.prima.touchpoint.TouchpointLog;
import dev.prima.voice.ComplaintTier;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

/**
 * Every condition and property of the auto-configuration, without an engine: the plugin is what the
 * properties and beans decide; the {@code Prima} bean needs the Camunda starter's engine and is
 * tested with it in {@link PrimaApplicationTest}.
 */
class PrimaAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(PrimaAutoConfiguration.class));

  @Test
  void withoutSettingsThePluginHasPrimasDefaults() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(PrimaPlugin.class).doesNotHaveBean(Prima.class);
          PrimaPlugin plugin = context.getBean(PrimaPlugin.class);
          WorkingCalendar defaults = WorkingCalendar.ofDefaults();
          assertThat(plugin.calendar().zone()).isEqualTo(defaults.zone());
          assertThat(plugin.calendar().isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();
          assertThat(plugin.complaintOfficerRoles()).containsExactly("complaint-officer");
          assertThat(plugin.listeners()).first().isInstanceOf(TouchpointLog.class);
          assertThat(context).hasSingleBean(PrimaMetrics.class);
        });
  }

  @Test
  void propertiesSetTheCalendarComplaintOfficersAndTheTouchpointLog() {
    runner
        .withPropertyValues(
            "prima.calendar.zone=Asia/Makassar",
            "prima.calendar.office-hours=07:30-15:30",
            "prima.calendar.weekend-days=FRIDAY,SATURDAY",
            "prima.calendar.holiday-file=classpath:libur-test.txt",
            "prima.complaints.officer-roles=complaint-officer,ombudsman-liaison",
            "prima.complaints.acknowledgement=3 working days",
            "prima.complaints.resolution.light=1 working day",
            "prima.people.no-qualified-staff=escalate-to-supervisor",
            "prima.touchpoint-log.enabled=false",
            "prima.listeners.discover=false")
        .run(
            context -> {
              PrimaPlugin plugin = context.getBean(PrimaPlugin.class);
              WorkingCalendar calendar = plugin.calendar();
              assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 4))).as("a Friday").isFalse();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 6))).as("a Sunday").isTrue();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 7)))
                  .as("the holiday in the file")
                  .isFalse();
              assertThat(calendar.opens()).isEqualTo(LocalTime.of(7, 30));
              assertThat(plugin.complaintOfficerRoles())
                  .containsExactly("complaint-officer", "ombudsman-liaison");
              assertThat(plugin.complaintPolicy().acknowledgement())
                  .isEqualTo(ServiceDuration.workingDays(3));
              assertThat(plugin.complaintPolicy().resolution(ComplaintTier.LIGHT))
                  .isEqualTo(ServiceDuration.workingDays(1));
              assertThat(plugin.complaintPolicy().resolution(ComplaintTier.SUPERVISION))
                  .isEqualTo(ServiceDuration.workingDays(60));
              assertThat(plugin.listeners())
                  .noneMatch(TouchpointLog.class::isInstance)
                  .hasSize(1); // the metrics
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "prima.calendar.office-hours=8-4 | prima.calendar.office-hours | '8-4' | 08:00-16:00",
        "prima.calendar.office-hours=16:00-08:00 | prima.calendar.office-hours | '16:00-08:00'"
            + " | the opening first",
        "prima.calendar.zone=Mars/Olympus | prima.calendar.zone | Mars/Olympus | Mars/Olympus",
        "prima.calendar.weekend-days=Sabtu | prima.calendar.weekend-days | Sabtu"
            + " | java.time.DayOfWeek",
        "prima.calendar.holiday-file=classpath:libur-9999.txt | prima.calendar.holiday-file"
            + " | libur-9999.txt | such as classpath:libur-2026.txt",
        "prima.people.no-qualified-staff=ESCALATE | prima.people.no-qualified-staff | ESCALATE"
            + " | NoQualifiedStaffPolicy",
        "prima.complaints.officer-roles= | prima.complaints.officer-roles | '' | at least one",
        "prima.complaints.acknowledgement=P15D | prima.complaints.acknowledgement | P15D"
            + " | at most P14D",
        "prima.complaints.resolution.supervision=90 working days"
            + " | prima.complaints.resolution.supervision | 90 working days | at most 60 working days",
        "prima.complaints.resolution.light=soon | prima.complaints.resolution.light | soon"
            + " | '5 working days'"
      })
  void aBadValueStopsTheApplicationNamingThePropertyTheValueAndTheValidForm(
      String setting, String property, String value, String validForm) {
    runner
        .withPropertyValues(setting)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              String messages = allMessages(failure);
              assertThat(messages).contains(property).contains(value).contains(validForm);
            });
  }

  @Test
  void listenerStandardRoleStaffAndCalendarBeansArePickedUp() {
    TouchpointListener listener = touchpoint -> {};
    BreachListener breaches = breach -> {};
    WorkingCalendar calendar = WorkingCalendar.custom().zone(ZoneId.of("Asia/Jayapura")).build();
    StaffDirectory staff =
        InMemoryStaffDirectory.of(StaffMember.of("siti", "Siti Rahma").inRoles("counter-officer"));
    runner
        .withBean("myListener", TouchpointListener.class, () -> listener)
        .withBean(BreachListener.class, () -> breaches)
        .withBean(
            ServiceStandard.class,
            () ->
                ServiceStandard.forService("permit")
                    .name("Permit")
                    .leadTime(ServiceDuration.workingDays(5))
                    .build())
        .withBean(
            "counterOfficer",
            FrontlineRole.class,
            () -> FrontlineRole.of("counter-officer", "Counter officer"))
        .withBean(
            "sectionHead",
            FrontlineRole.class,
            () -> FrontlineRole.of("section-head", "Section head"))
        .withBean(StaffDirectory.class, () -> staff)
        .withBean(WorkingCalendar.class, () -> calendar)
        .run(
            context -> {
              PrimaPlugin plugin = context.getBean(PrimaPlugin.class);
              assertThat(plugin.listeners()).contains(listener);
              assertThat(plugin.standards()).containsKey("permit");
              assertThat(plugin.roles().ids())
                  .containsExactlyInAnyOrder("counter-officer", "section-head");
              assertThat(plugin.staff()).contains(staff);
              assertThat(plugin.calendar()).isSameAs(calendar);
            });
  }

  @Test
  void backsOffWhenTheApplicationDeclaresItsOwnPlugin() {
    PrimaPlugin own = PrimaPlugin.custom().discoverListeners(false).build();
    runner
        .withBean(PrimaPlugin.class, () -> own)
        .run(context -> assertThat(context).getBean(PrimaPlugin.class).isSameAs(own));
  }

  @Test
  void primaEnabledFalseConfiguresNothing() {
    runner
        .withPropertyValues("prima.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(PrimaPlugin.class));
  }

  @Test
  void withoutMicrometerOrTheActuatorThoseBeansStayAway() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class, HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(PrimaPlugin.class);
              assertThat(context).doesNotHaveBean(PrimaMetrics.class);
              assertThat(context).doesNotHaveBean("primaHealthIndicator");
              assertThat(context).doesNotHaveBean("primaInfoContributor");
            });
  }

  @Test
  void theHealthIndicatorAndInfoFollowTheActuatorsSwitches() {
    runner.run(
        context ->
            assertThat(context).hasBean("primaHealthIndicator").hasBean("primaInfoContributor"));
    runner
        .withPropertyValues(
            "management.health.prima.enabled=false", "management.info.prima.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .doesNotHaveBean("primaHealthIndicator")
                    .doesNotHaveBean("primaInfoContributor"));
  }

  @Test
  void theFailureReportIsPrimasMessageWithItsFix() {
    FailureAnalysis analysis =
        new PrimaFailureAnalyzer()
            .analyze(
                new IllegalStateException(
                    new dev.prima.PrimaConfigurationException(
                        "prima.calendar.holiday-file is 'x', which does not exist. Fix: give an"
                            + " existing file.")));

    assertThat(analysis.getDescription())
        .isEqualTo("prima.calendar.holiday-file is 'x', which does not exist.");
    assertThat(analysis.getAction()).isEqualTo("give an existing file.");
  }

  private static String allMessages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    messages.append(NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
    return messages.toString();
  }
}
