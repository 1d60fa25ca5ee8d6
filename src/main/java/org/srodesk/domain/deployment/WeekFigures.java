package org.srodesk.domain.deployment;

import java.time.LocalDate;

/**
 * High-school days of one week (Monday {@code weekStart}): how many school-days of high schools
 * there were, how many had no SRO (911) and how many a rover covered.
 */
public record WeekFigures(LocalDate weekStart, int highSchoolDays, int noSroHighSchoolDays,
                          int roverCoveredHighSchoolDays) {
}
