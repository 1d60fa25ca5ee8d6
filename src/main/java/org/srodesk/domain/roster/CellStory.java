package org.srodesk.domain.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;

/**
 * The full story behind one roster cell, for the details panel: the officer, the day, the status
 * and every record that bears on it — the assignment, time-off requests of any status (with who
 * decided), reassignments (with who ordered them), rover coverage in both directions (the rover
 * and the absent officer it stands in for), and whether the school is left without an SRO.
 */
public record CellStory(Officer officer, LocalDate day, DayStatus status, List<Fact> facts) {

    /** One titled paragraph of the story, e.g. ("Time off", "Vacation 2026-03-02 … approved by …"). */
    public record Fact(String heading, String text) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.US).withZone(ZoneId.systemDefault());

    public CellStory {
        facts = List.copyOf(facts);
    }

    /** Tells the story of {@code officerId} on {@code day} (which must lie in the snapshot's period). */
    public static CellStory of(RosterSnapshot snapshot, long officerId, LocalDate day) {
        Officer officer = snapshot.officer(officerId)
                .orElseThrow(() -> new IllegalArgumentException("Officer " + officerId + " is not in this roster"));
        DayStatus status = snapshot.statusOf(officerId, day);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Officer", officer.displayName() + " · badge " + officer.badge() + " · "
                + (officer.isRover() ? "Rover" : "Primary SRO")
                + (officer.zone().isBlank() ? "" : " · zone " + officer.zone())
                + (officer.phone().isBlank() ? "" : " · " + officer.phone())));
        String note = snapshot.calendar().note(day);
        facts.add(new Fact("Day", DAY.format(day) + " · "
                + (snapshot.calendar().isInSession(day) ? "school in session" : "no school")
                + (note.isBlank() ? "" : " (" + note + ")")));
        facts.add(new Fact("Status", status.shortLabel() + " — " + describe(status, snapshot)));
        var schedule = snapshot.schedule(officerId);
        for (Assignment assignment : schedule.assignments()) {
            if (assignment.covers(day)) {
                facts.add(new Fact("Assignment", "Primary SRO at " + schoolName(snapshot, assignment.schoolId())
                        + " from " + assignment.startDate()
                        + (assignment.endDate() == null ? " (open-ended)" : " to " + assignment.endDate())));
            }
        }
        for (TimeOffRequest request : schedule.timeOff()) {
            if (request.covers(day)) {
                facts.add(new Fact("Time off", timeOff(request)));
            }
        }
        for (Reassignment reassignment : schedule.reassignments()) {
            if (!day.isBefore(reassignment.startDate())
                    && (reassignment.endDate() == null || !day.isAfter(reassignment.endDate()))) {
                facts.add(new Fact("Reassignment", reassignment(reassignment, snapshot)));
            }
        }
        for (CoverageAssignment coverage : schedule.coverage()) {
            if (coverage.date().equals(day)) {
                String absent = snapshot.officer(coverage.absentOfficerId()).map(Officer::displayName).orElse("—");
                facts.add(new Fact("Covering", "Covers " + schoolName(snapshot, coverage.schoolId())
                        + " for " + absent + accepted(coverage)));
            }
        }
        coverageForAbsence(snapshot, officer, day, status, facts);
        return new CellStory(officer, day, status, facts);
    }

    private static void coverageForAbsence(RosterSnapshot snapshot, Officer officer, LocalDate day,
                                           DayStatus status, List<Fact> facts) {
        if (!status.isAwayFromPost()) {
            return;
        }
        for (Officer rover : snapshot.officers()) {
            for (CoverageAssignment coverage : snapshot.schedule(rover.id()).coverage()) {
                if (coverage.date().equals(day) && coverage.absentOfficerId() == officer.id()) {
                    facts.add(new Fact("Covered by", rover.displayName() + " (badge " + rover.badge() + ") at "
                            + schoolName(snapshot, coverage.schoolId()) + accepted(coverage)));
                    return;
                }
            }
        }
        var home = snapshot.homeSchool(officer.id(), day);
        if (home.isPresent() && home.get().isHigh() && snapshot.calendar().isInSession(day)) {
            facts.add(new Fact("No SRO", home.get().name() + " has no SRO this day: the school calls 911."));
        }
    }

    private static String describe(DayStatus status, RosterSnapshot snapshot) {
        return switch (status.kind()) {
            case AT_SCHOOL -> "at " + schoolName(snapshot, status.schoolId());
            case ROVER_DUTY -> "rover duty: junior, middle and elementary calls, 07:00–15:00";
            case COVERING -> "rover covering " + schoolName(snapshot, status.schoolId());
            case TIME_OFF -> status.timeOffKind().label() + (status.partialDay() ? " (part of the day)" : "");
            case REASSIGNED -> "reassigned by command staff to "
                    + (status.schoolId() != 0 ? schoolName(snapshot, status.schoolId()) : status.place());
            case UNIT_DUTY -> "schools not in session: reports to the sergeant / commander for direction";
            case UNASSIGNED -> "no school assignment on this day";
        };
    }

    private static String timeOff(TimeOffRequest request) {
        StringBuilder text = new StringBuilder(request.kind().label()).append(' ')
                .append(request.startDate()).append(" to ").append(request.endDate());
        if (request.isPartialDay()) {
            text.append(" (").append(request.partialStart()).append('–').append(request.partialEnd()).append(')');
        }
        text.append(" · ").append(request.status().name().toLowerCase(Locale.ROOT));
        if (!request.requestedBy().isBlank() || request.requestedAt() != null) {
            text.append(" · requested").append(by(request.requestedBy(), request.requestedAt()));
        }
        if (request.decidedBy() != null) {
            text.append(" · decided").append(by(request.decidedBy(), request.decidedAt()));
        }
        if (!request.decisionComment().isBlank()) {
            text.append(" · “").append(request.decisionComment()).append('”');
        }
        if (!request.note().isBlank()) {
            text.append(" · note: ").append(request.note());
        }
        return text.toString();
    }

    private static String reassignment(Reassignment r, RosterSnapshot snapshot) {
        String destination = r.toSchool() ? schoolName(snapshot, r.destinationSchoolId()) : r.destinationDuty();
        return "To " + destination + " from " + r.startDate() + (r.endDate() == null ? " (open-ended)" : " to " + r.endDate())
                + " · ordered by " + r.orderedBy()
                + (r.orderReference().isBlank() ? "" : " (order " + r.orderReference() + ")")
                + (r.reason().isBlank() ? "" : " · " + r.reason())
                + (r.recordedBy().isBlank() ? "" : " · recorded" + by(r.recordedBy(), r.recordedAt()))
                + (r.status() == ReassignmentStatus.CANCELLED ? " · CANCELLED" : "");
    }

    private static String accepted(CoverageAssignment coverage) {
        return coverage.acceptedBy().isBlank() ? "" : " · accepted" + by(coverage.acceptedBy(), coverage.acceptedAt());
    }

    private static String by(String who, Instant when) {
        return (who == null || who.isBlank() ? "" : " by " + who) + (when == null ? "" : " on " + STAMP.format(when));
    }

    private static String schoolName(RosterSnapshot snapshot, Long schoolId) {
        School school = schoolId == null ? null : snapshot.schools().get(schoolId);
        return school == null ? "school #" + schoolId : school.name() + " (" + school.code() + ")";
    }

    /** True when the status is one a sergeant would want to look at (anything but a plain post). */
    public boolean isUnusual() {
        return status.kind() == DayStatusKind.TIME_OFF || status.kind() == DayStatusKind.REASSIGNED
                || status.kind() == DayStatusKind.COVERING;
    }
}
