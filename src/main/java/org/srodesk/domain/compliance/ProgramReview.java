package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures of the district's annual review of the SRO program for one school year (Minneapolis
 * renewed its contract on such a review). Built by {@link ProgramReviewBuilder}; printed by the
 * review PDF.
 *
 * @param headcount        per month with school days: officers on the unit by role
 * @param schools          per school with a primary SRO post during the year: its school days by who was there
 * @param totalCalls       calls for service at all schools during the year
 * @param training         per required course: officers current at the year's end (or today)
 * @param attendance       mandatory unit meetings held and attendance recorded at them
 * @param sessions         informational sessions by topic, from the monthly logs
 * @param otherActivity    Problem Pupil Committee, PTA / advisory meetings and reports taken, from the logs
 * @param logsReceived     monthly logs received for the year
 * @param logsExpected     monthly logs expected (officers × months with school days, up to the as-of day)
 */
public record ProgramReview(
        SchoolYear year,
        String districtName,
        String unitName,
        LocalDate asOf,
        List<HeadcountMonth> headcount,
        List<SchoolDays> schools,
        long totalCalls,
        List<CourseCompletion> training,
        int meetingsHeld,
        AttendanceRate attendance,
        Map<SessionTopic, Integer> sessions,
        ActivityCounts otherActivity,
        int logsReceived,
        int logsExpected) {

    /** Officers of each role with a post on at least one school day of the month, and the daily average on duty. */
    public record HeadcountMonth(YearMonth month, int primarySros, int rovers, double averageOnDuty) {
    }

    /**
     * A school's school days: with its own SRO there, with a covering rover (or an SRO reassigned
     * there), and with no SRO (the school calls 911). {@code calls}: calls for service in the year.
     */
    public record SchoolDays(String code, String name, int schoolDays, int withSro, int withRover, int withoutSro,
                             int calls) {
    }

    /** One required course: officers on the unit, how many were current on the as-of day, hours given in the year. */
    public record CourseCompletion(String course, int renewalMonths, int officers, int current, int completionsInYear,
                                   double hoursInYear) {
        public double rate() {
            return officers == 0 ? 0 : (double) current / officers;
        }
    }

    public ProgramReview {
        headcount = List.copyOf(headcount);
        schools = List.copyOf(schools);
        training = List.copyOf(training);
        sessions = Map.copyOf(sessions);
    }

    public int totalSessions() {
        return sessions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
