package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A supporting factor of the competence of a service actor, which shows in their performance and in
 * what they report. A {@link CompetencyProfile} rates a staff member on each factor on the {@link
 * CompetencyLevel} scale; a {@link FrontlineRole} may require minimum levels.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Competency {
  /** Ethics: integrity, fairness and accountability in serving the public. */
  ETHICS("Ethics: the individual's leadership philosophy; integrity, fairness, accountability"),
  /** Professionalism: serving to the service standard, reliably and courteously. */
  PROFESSIONALISM("Professionalism: works to the service standard, reliably and courteously"),
  /** Formal and non-formal education: schooling, certified training and courses. */
  EDUCATION("Formal and non-formal education: schooling, certified training, courses"),
  /** Knowledge of the service: its requirements, procedures, rules and products. */
  KNOWLEDGE("Knowledge of the service: its requirements, procedures, rules and products"),
  /** Skills: handling the case, the systems and the conversation with the citizen. */
  SKILLS("Skills: handles the case, the systems and the conversation with the citizen"),
  /** Personal quality: empathy, patience, friendliness and self-control. */
  PERSONAL_QUALITY("Personal quality: empathy, patience, friendliness, self-control");

  private final String description;

  Competency(String description) {
    this.description = description;
  }

  /** {@return a one-line description of what the factor covers} */
  public String description() {
    return description;
  }

  /**
   * {@return the lower-case name, e.g. {@code personal_quality}; used in texts and in the user info
   * keys of {@link IdentityServiceStaffDirectory}}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
