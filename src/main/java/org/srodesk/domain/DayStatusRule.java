package org.srodesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one rule that decides where an officer is on a day. Everything that shows or counts
 * presence — the roster, the coverage planner, the deployment review, the principal PDFs — asks
 * this rule, so they can never disagree.
 *
 * <p>Precedence, first match wins:
 * <ol>
 *   <li><b>Approved time off</b> ({@link TimeOffStatus#APPROVED} only; requests still pending
 *       change nothing). An officer on leave is not working at all, so no order or plan can place
 *       them anywhere; a reassignment that overlaps approved leave is a conflict the reassignment
 *       dialog shows before saving, not something the roster silently hides.</li>
 *   <li><b>Reassignment</b> by command staff (Saint Paul: "any SRO can be temporarily reassigned
 *       by the police command staff"). It wins over the school calendar: an officer reassigned to
 *       patrol works patrol in the summer too.</li>
 *   <li><b>Non-session day</b>: "when schools are not in session, SROs will report directly to
 *       the SRO sergeant and/or the unit commander for direction" — {@code UNIT_DUTY}.</li>
 *   <li><b>Coverage</b>: a rover assigned to a high school whose primary SRO is absent.</li>
 *   <li><b>Role</b>: a rover is on rover duty; a primary SRO is at the school of the assignment
 *       that covers the day, or {@code UNASSIGNED} without one.</li>
 * </ol>
 */
public final class DayStatusRule {

    private DayStatusRule() {
    }

    /**
     * Resolves one officer-day.
     *
     * @param schedule the officer's own records; lists may hold records outside the day
     * @param schools  schools by id, for codes
     */
    public static DayStatus resolve(Officer officer, LocalDate day, SchoolCalendar calendar,
                                    OfficerSchedule schedule, Map<Long, School> schools) {
        for (TimeOffRequest request : schedule.timeOff()) {
            if (request.status() == TimeOffStatus.APPROVED && request.covers(day)) {
                return DayStatus.timeOff(request);
            }
        }
        for (Reassignment reassignment : schedule.reassignments()) {
            if (reassignment.isActiveOn(day)) {
                if (reassignment.toSchool()) {
                    return DayStatus.reassignedToSchool(school(schools, reassignment.destinationSchoolId()),
                            reassignment.id());
                }
                return DayStatus.reassignedToDuty(reassignment.destinationDuty(), reassignment.id());
            }
        }
        if (!calendar.isInSession(day)) {
            return DayStatus.UNIT_DUTY;
        }
        for (CoverageAssignment coverage : schedule.coverage()) {
            if (coverage.date().equals(day)) {
                return DayStatus.covering(school(schools, coverage.schoolId()), coverage.id());
            }
        }
        if (officer.isRover()) {
            return DayStatus.ROVER_DUTY;
        }
        for (Assignment assignment : schedule.assignments()) {
            if (assignment.covers(day)) {
                return DayStatus.atSchool(school(schools, assignment.schoolId()), assignment.id());
            }
        }
        return DayStatus.UNASSIGNED;
    }

    private static School school(Map<Long, School> schools, long id) {
        School school = schools.get(id);
        if (school == null) {
            throw new IllegalStateException("Unknown school id " + id);
        }
        return school;
    }

    /** One officer's records that bear on where they are. Lists are read, never modified. */
    public record OfficerSchedule(
            List<Assignment> assignments,
            List<TimeOffRequest> timeOff,
            List<Reassignment> reassignments,
            List<CoverageAssignment> coverage) {

        public static final OfficerSchedule EMPTY = new OfficerSchedule(List.of(), List.of(), List.of(), List.of());

        public OfficerSchedule {
            assignments = List.copyOf(assignments);
            timeOff = List.copyOf(timeOff);
            reassignments = List.copyOf(reassignments);
            coverage = List.copyOf(coverage);
        }
    }
}
