package dev.prima.engine.internal;

import dev.prima.system.Finding;
import dev.prima.system.ModelValidationException;
import dev.prima.system.ModelValidator;
import dev.prima.system.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before Camunda's own deployers: validates every BPMN resource of a new deployment against
 * the service triangle and rejects the whole deployment, listing every finding, before anything is
 * stored. Warnings are logged.
 */
public final class TriangleValidationDeployer implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger("dev.prima.system");

  private final ModelValidator validator;

  public TriangleValidationDeployer(ModelValidator validator) {
    this.validator = validator;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<Finding> findings = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (isBpmn(resource.getName())) {
        findings.addAll(validator.validate(resource.getName(), resource.getBytes()).findings());
      }
    }
    ValidationReport report = new ValidationReport(findings);
    String name = deployment.getName() == null ? "(unnamed)" : deployment.getName();
    if (report.hasErrors()) {
      throw new ModelValidationException(name, report);
    }
    report.warnings().forEach(w -> LOG.warn("Deployment '{}': {}", name, w));
  }

  static boolean isBpmn(String name) {
    return name != null && (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"));
  }
}
