package org.srodesk.domain.roster;

import java.time.LocalDate;

/**
 * The roster's total line for one day, over the whole unit (not only the rows a filter shows):
 * officers physically at a school, rovers on rover duty (free for junior, middle and elementary
 * calls), and high schools with no officer at them — those call 911. On non-session days the
 * school counts are zero and {@code inSession} is false.
 */
public record DayTotals(LocalDate date, boolean inSession, int officersAtSchools, int roversFree,
                        int highSchoolsWithoutSro) {
}
