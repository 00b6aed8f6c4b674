package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Names of the {@code camunda:properties} that mark a BPMN flow node as a touchpoint. Every
 * property starting with {@link #PREFIX} must be one Prima knows; a typo fails the deployment.
 *
 * <pre>{@code
 * <bpmn:userTask id="verify" name="Verify documents" camunda:candidateGroups="counter-officer">
 *   <bpmn:extensionElements>
 *     <camunda:properties>
 *       <camunda:property name="prima.touchpoint" value="Documents checked at the counter" />
 *       <camunda:property name="prima.channel" value="counter" />
 *       <camunda:property name="prima.lane" value="FRONTSTAGE" />
 *       <camunda:property name="prima.target" value="PT15M" />
 *     </camunda:properties>
 *   </bpmn:extensionElements>
 * </bpmn:userTask>
 * }</pre>
 *
 * <p>The moment's name may be given in a second language beside the model's own: {@code
 * prima.touchpoint.id} (Bahasa Indonesia) or {@code prima.touchpoint.en} (English), the suffix a
 * language code, not an identifier. The journal records {@code prima.touchpoint}; readers in a
 * language see its text where the model gives one ({@code Journeys.cycleOf(caseId, locale)}).
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TouchpointProperties {

  /** Prefix of every Prima property. */
  public static final String PREFIX = "prima.";

  /** The moment-of-truth name; its presence makes the element a touchpoint. Required. */
  public static final String TOUCHPOINT = "prima.touchpoint";

  /** The channel, one of {@link Channel#choices()}. */
  public static final String CHANNEL = "prima.channel";

  /** The service blueprint lane, one of {@link Lane#choices()}. */
  public static final String LANE = "prima.lane";

  /** The kind, one of {@link TouchpointKind#choices()}; default from the element type. */
  public static final String KIND = "prima.kind";

  /** The target duration, ISO-8601 such as {@code PT15M} or {@code P2D}. */
  public static final String TARGET = "prima.target";

  /** All touchpoint property names. */
  public static final List<String> NAMES = List.of(TOUCHPOINT, CHANNEL, LANE, KIND, TARGET);

  /** The moment-of-truth name in Bahasa Indonesia, for readers in that language. */
  public static final String TOUCHPOINT_INDONESIAN = "prima.touchpoint.id";

  /** The moment-of-truth name in English, for readers in that language. */
  public static final String TOUCHPOINT_ENGLISH = "prima.touchpoint.en";

  /** The names whose text a model may give in a second language: {@link #TOUCHPOINT}. */
  public static final List<String> TRANSLATABLE = List.of(TOUCHPOINT);

  /** The second-language names of {@link #TRANSLATABLE}. */
  public static final List<String> TRANSLATIONS =
      List.of(TOUCHPOINT_INDONESIAN, TOUCHPOINT_ENGLISH);

  private TouchpointProperties() {}
}
