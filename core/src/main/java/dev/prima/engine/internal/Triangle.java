package dev.prima.engine.internal;

import dev.prima.people.FrontlineRoles;
import dev.prima.people.NoQualifiedStaffPolicy;
import dev.prima.people.StaffDirectory;
import dev.prima.strategy.BreachListener;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.touchpoint.TouchpointListener;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the plugin wires into an engine: clock, listeners, standards, calendar, frontline
 * roles and staff ({@code staff} may be null: no competency routing).
 */
public record Triangle(
    Clock clock,
    List<TouchpointListener> touchpointListeners,
    List<BreachListener> breachListeners,
    WorkingCalendar calendar,
    Map<String, ServiceStandard> standards,
    FrontlineRoles roles,
    StaffDirectory staff,
    NoQualifiedStaffPolicy policy) {

  public Triangle {
    touchpointListeners = List.copyOf(touchpointListeners);
    breachListeners = List.copyOf(breachListeners);
    standards = Map.copyOf(standards);
  }

  Optional<ServiceStandard> javaStandard(String processKey) {
    return Optional.ofNullable(standards.get(processKey));
  }
}
