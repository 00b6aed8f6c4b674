package dev.prima.strategy;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Names of the {@code camunda:properties} on a BPMN process element that declare its service
 * standard. Targets per touchpoint come from each element's {@code prima.target}.
 *
 * <pre>{@code
 * <bpmn:process id="ktp" isExecutable="true">
 *   <bpmn:extensionElements>
 *     <camunda:properties>
 *       <camunda:property name="prima.standard.name" value="e-KTP issuance" />
 *       <camunda:property name="prima.standard.leadTime" value="14 working days" />
 *       <camunda:property name="prima.standard.fee" value="free" />
 *       <camunda:property name="prima.standard.product" value="e-KTP card" />
 *       <camunda:property name="prima.standard.requirements" value="Family card (KK); Birth certificate" />
 *       <camunda:property name="prima.standard.complaints.channel" value="counter, online" />
 *       <camunda:property name="prima.standard.complaints.deadline" value="P14D" />
 *     </camunda:properties>
 *   </bpmn:extensionElements>
 * </bpmn:process>
 * }</pre>
 *
 * <p>The name, product, requirements and procedure may be given in a second language beside the
 * model's own, with the language code as suffix: {@code prima.standard.name.id} (Bahasa Indonesia),
 * {@code prima.standard.name.en} (English); see {@link #TRANSLATIONS}. {@code
 * ServiceStandards.of(key, locale)} reads them.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class StandardProperties {

  /** The prefix every standard property name starts with. */
  public static final String PREFIX = "prima.standard.";

  /** The service's name, as published. */
  public static final String NAME = "prima.standard.name";

  /**
   * The promised lead time, such as {@code 14 working days} or {@code P14D}; see {@link
   * ServiceDuration#parse(String)}.
   */
  public static final String LEAD_TIME = "prima.standard.leadTime";

  /** The fee, such as {@code free} or {@code Rp 50.000}; see {@link Fee#parse(String)}. */
  public static final String FEE = "prima.standard.fee";

  /** The product the citizen receives. */
  public static final String PRODUCT = "prima.standard.product";

  /** Requirements separated by semicolons. */
  public static final String REQUIREMENTS = "prima.standard.requirements";

  /** The procedure, in words. */
  public static final String PROCEDURE = "prima.standard.procedure";

  /** Complaint channels, comma-separated channel ids. */
  public static final String COMPLAINT_CHANNELS = "prima.standard.complaints.channel";

  /** How soon a complaint must be answered, such as {@code P14D}; 14 days when absent. */
  public static final String COMPLAINT_DEADLINE = "prima.standard.complaints.deadline";

  /** All standard property names. */
  public static final List<String> NAMES =
      List.of(
          NAME,
          LEAD_TIME,
          FEE,
          PRODUCT,
          REQUIREMENTS,
          PROCEDURE,
          COMPLAINT_CHANNELS,
          COMPLAINT_DEADLINE);

  /** The names whose text a model may give in a second language. */
  public static final List<String> TRANSLATABLE = List.of(NAME, PRODUCT, REQUIREMENTS, PROCEDURE);

  /**
   * The second-language names of {@link #TRANSLATABLE}, {@code .id} (Bahasa Indonesia) then {@code
   * .en} (English) of each: {@code prima.standard.name.id}, {@code prima.standard.name.en}, ...
   */
  public static final List<String> TRANSLATIONS =
      List.of(
          NAME + ".id",
          NAME + ".en",
          PRODUCT + ".id",
          PRODUCT + ".en",
          REQUIREMENTS + ".id",
          REQUIREMENTS + ".en",
          PROCEDURE + ".id",
          PROCEDURE + ".en");

  private StandardProperties() {}
}
