package org.srodesk.export.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.timeoff.CoverageDay;

/**
 * Writes the e-mail that tells a principal their SRO will be away (Saint Paul procedures: "SROs
 * shall notify the school principal via email of any sick leave or planned time off"): the dates,
 * who covers each school day — the rover's name and phone, or "No SRO on site — call 911" — and
 * how to reach the sergeant. Plain text, so it reads the same in every mail client.
 */
public final class NoticeComposer {

    /** The line a principal reads on a day nobody covers. */
    public static final String CALL_911 = "No SRO on site — call 911";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private NoticeComposer() {
    }

    /**
     * @param coverage one entry per school day the officer is away from a high school; empty for
     *                 other schools (their calls go to the rovers on duty) or when no school day is missed
     */
    public static NoticeDraft compose(TimeOffRequest request, Officer officer, School school,
                                      List<CoverageDay> coverage, SergeantContact sergeant) {
        String subject = "SRO absence at " + school.name() + ": " + officer.displayName() + ", " + period(request);
        StringBuilder body = new StringBuilder();
        String greeting = school.principalName().isBlank() ? "Principal" : school.principalName();
        body.append("Dear ").append(greeting).append(",\n\n");
        body.append("Your school resource officer, ").append(officer.displayName()).append(", will be away ")
                .append(request.kind() == TimeOffKind.SICK ? "on sick leave" : "(" + kindWord(request.kind()) + ")")
                .append(" ").append(when(request)).append(".\n\n");
        if (school.isHigh()) {
            if (coverage.isEmpty()) {
                body.append("No school day is affected.\n");
            } else {
                body.append("Who covers ").append(school.name()).append(":\n");
                for (CoverageDay day : coverage) {
                    body.append("  ").append(SHORT.format(day.date())).append(": ").append(cover(day)).append('\n');
                }
            }
        } else {
            body.append("The unit's rovers answer calls for ").append(school.name())
                    .append(" between 07:00 and 15:00 on school days. In an emergency, call 911.\n");
        }
        body.append("\nQuestions about this absence: ").append(sergeant.name());
        if (!sergeant.phone().isBlank()) {
            body.append(", phone ").append(sergeant.phone());
        }
        if (!sergeant.email().isBlank()) {
            body.append(", e-mail ").append(sergeant.email());
        }
        body.append(".\n\nSRO unit\n");
        return new NoticeDraft(school.principalEmail(), subject, body.toString());
    }

    private static String cover(CoverageDay day) {
        if (day.rover().isEmpty()) {
            return CALL_911;
        }
        Officer rover = day.rover().get();
        String phone = rover.phone().isBlank() ? "" : ", phone " + rover.phone();
        return (day.accepted() ? "covered by rover " : "rover ") + rover.displayName() + phone
                + (day.accepted() ? "" : " (planned; the sergeant confirms)");
    }

    private static String kindWord(TimeOffKind kind) {
        return kind.label().toLowerCase(Locale.ROOT);
    }

    private static String when(TimeOffRequest request) {
        if (request.isPartialDay()) {
            return "on " + DAY.format(request.startDate()) + " from " + request.partialStart() + " to " + request.partialEnd();
        }
        if (request.startDate().equals(request.endDate())) {
            return "on " + DAY.format(request.startDate());
        }
        return "from " + DAY.format(request.startDate()) + " to " + DAY.format(request.endDate()) + " (both included)";
    }

    private static String period(TimeOffRequest request) {
        LocalDate start = request.startDate();
        LocalDate end = request.endDate();
        return start.equals(end) ? SHORT.format(start) : SHORT.format(start) + " – " + SHORT.format(end);
    }
}
