package org.srodesk.service;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.deployment.DeploymentFigures;

/** The deployment of a period as recorded (accepted coverage only), with the planner settings in force. */
public record DeploymentReview(DateRange period, CoverageSettings settings, DeploymentFigures figures) {
}
