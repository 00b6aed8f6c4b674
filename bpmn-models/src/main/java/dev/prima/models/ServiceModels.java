package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Ready-made service processes of a local government office, each with its service standard, lanes,
 * touchpoints and candidate groups, loadable from the classpath with one call.
 *
 * <pre>{@code
 * ServiceModels.EKTP_ISSUANCE.deployTo(prima.processEngine());
 * ServiceModels.byName("complaint-handling").deploy(repositoryService);
 * }</pre>
 *
 * <p>When Prima declares frontline roles, it rejects a model whose candidate groups are not among
 * them: declare at least {@link #roles()}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ServiceModels {
  /** Certificate (surat keterangan) at a district office; its service task numbers it. */
  CERTIFICATE_APPLICATION(
      CertificateApplication.PROCESS_KEY,
      CertificateApplication.RESOURCE,
      List.of(),
      Set.of("citizen", "counter-officer", "section-head")),
  /** Identity card (e-KTP) issuance or renewal. */
  EKTP_ISSUANCE(
      EktpIssuance.PROCESS_KEY,
      EktpIssuance.RESOURCE,
      List.of(),
      Set.of("citizen", "counter-officer", "registry-officer", "section-head")),
  /** Birth certificate registration (akta kelahiran). */
  BIRTH_REGISTRATION(
      BirthRegistration.PROCESS_KEY,
      BirthRegistration.RESOURCE,
      List.of(),
      Set.of("citizen", "registry-officer", "section-head")),
  /** Business licence: online submission, back-office verification, site inspection. */
  BUSINESS_LICENCE(
      BusinessLicence.PROCESS_KEY,
      BusinessLicence.RESOURCE,
      List.of(),
      Set.of("citizen", "licensing-officer", "field-inspector", "section-head")),
  /** Complaint handling with resolution tiers; started by Prima's voice API. */
  COMPLAINT_HANDLING(
      ComplaintHandling.PROCESS_KEY,
      ComplaintHandling.RESOURCE,
      List.of(),
      Set.of("citizen", "complaint-officer", "section-head")),
  /** Social assistance application with an eligibility decision table. */
  SOCIAL_ASSISTANCE(
      SocialAssistance.PROCESS_KEY,
      SocialAssistance.RESOURCE,
      List.of(SocialAssistance.DECISION_RESOURCE),
      Set.of("citizen", "counter-officer", "social-worker", "section-head"));

  /** The classpath folder of the models. */
  public static final String RESOURCE_PATH = "dev/prima/models/";

  private final String key;
  private final String resource;
  private final List<String> decisions;
  private final Set<String> roles;

  ServiceModels(String key, String resource, List<String> decisions, Set<String> roles) {
    this.key = key;
    this.resource = resource;
    this.decisions = decisions;
    this.roles = roles;
  }

  /** {@return the model's name: its process key, such as {@code ektp-issuance}} */
  public String key() {
    return key;
  }

  /**
   * {@return the classpath resource of the BPMN model, such as {@code
   * dev/prima/models/ektp-issuance.bpmn}}
   */
  public String resource() {
    return resource;
  }

  /**
   * {@return the BPMN model first, then any DMN decision it calls: everything a deployment needs}
   */
  public List<String> resources() {
    List<String> all = new ArrayList<>();
    all.add(resource);
    all.addAll(decisions);
    return List.copyOf(all);
  }

  /**
   * {@return the candidate groups (frontline roles) of the model's user tasks, {@code citizen}
   * included}
   */
  public Set<String> roles() {
    return roles;
  }

  /**
   * Opens a resource of this model from the classpath; the caller closes it.
   *
   * @param resource one of {@link #resources()}
   * @return the open stream
   * @throws IllegalArgumentException when {@code resource} is not one of this model's resources
   */
  public InputStream open(String resource) {
    if (!resources().contains(resource)) {
      throw new IllegalArgumentException(
          "'" + resource + "' is not a resource of " + key + "; its resources are " + resources());
    }
    InputStream stream = ServiceModels.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException(
          resource + " is missing from the classpath: is prima-bpmn-models on it, unrepackaged?");
    }
    return stream;
  }

  /**
   * Deploys the model with the decisions it calls, as a deployment named {@code
   * prima-models:<key>}; an unchanged model already deployed under that name is not deployed again.
   *
   * @param repositoryService the repository service of the engine to deploy to
   * @return the deployment (the earlier one when nothing changed)
   * @throws dev.prima.system.ModelValidationException when Prima's validation rejects the model,
   *     for example because {@link #roles()} are not declared roles
   */
  public Deployment deploy(RepositoryService repositoryService) {
    Objects.requireNonNull(repositoryService, "repositoryService must not be null");
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name("prima-models:" + key)
            .enableDuplicateFiltering(false);
    List<InputStream> opened = new ArrayList<>();
    try {
      for (String each : resources()) {
        InputStream stream = open(each);
        opened.add(stream);
        builder.addInputStream(each, stream);
      }
      return builder.deploy();
    } finally {
      for (InputStream stream : opened) {
        try {
          stream.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * Same as {@link #deploy(RepositoryService)} on the engine's repository service.
   *
   * @param processEngine the engine to deploy to
   * @return the deployment (the earlier one when nothing changed)
   */
  public Deployment deployTo(ProcessEngine processEngine) {
    Objects.requireNonNull(processEngine, "processEngine must not be null");
    return deploy(processEngine.getRepositoryService());
  }

  /**
   * {@return the model with this name (process key), such as {@code ektp-issuance}}
   *
   * @param name the process key
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static ServiceModels byName(String name) {
    return Arrays.stream(values())
        .filter(model -> model.key.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no ready-made model is called '" + name + "'; the models are " + names()));
  }

  /** {@return every model, in declaration order} */
  public static List<ServiceModels> all() {
    return List.of(values());
  }

  /** {@return the names of every model, in declaration order} */
  public static List<String> names() {
    return Arrays.stream(values()).map(ServiceModels::key).collect(Collectors.toList());
  }
}
