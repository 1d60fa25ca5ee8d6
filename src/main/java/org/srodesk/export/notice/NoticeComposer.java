package org.srodesk.export.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
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

    /**
     * The notice that a school loses its SRO to a reassignment ordered by command staff: the days,
     * and for a high school who covers each listed school day or that the school calls 911.
     *
     * @param destination where the officer goes, e.g. "Patrol" or "Harding High (HAR)"
     * @param coverage    the first school days affected, with their cover (high schools only)
     * @param moreDays    school days affected beyond those listed (0 when all are listed)
     */
    public static NoticeDraft composeReassignment(Reassignment reassignment, Officer officer, School school,
                                                  String destination, List<CoverageDay> coverage, int moreDays,
                                                  SergeantContact sergeant) {
        String period = reassignment.endDate() == null ? "from " + SHORT.format(reassignment.startDate())
                : period(reassignment.startDate(), reassignment.endDate());
        String subject = "SRO reassigned away from " + school.name() + ": " + officer.displayName() + ", " + period;
        StringBuilder body = greeting(school);
        body.append("Police command staff have temporarily reassigned your school resource officer, ")
                .append(officer.displayName()).append(", to ").append(destination).append(' ')
                .append(reassignment.endDate() == null
                        ? "from " + DAY.format(reassignment.startDate()) + " until further notice"
                        : when(reassignment.startDate(), reassignment.endDate())).append(".\n\n");
        if (school.isHigh()) {
            if (coverage.isEmpty()) {
                body.append("No school day is affected.\n");
            } else {
                body.append("Who covers ").append(school.name()).append(":\n");
                for (CoverageDay day : coverage) {
                    body.append("  ").append(SHORT.format(day.date())).append(": ").append(cover(day)).append('\n');
                }
                if (moreDays > 0) {
                    body.append("  … and ").append(moreDays).append(moreDays == 1 ? " more school day" : " more school days")
                            .append(": the sergeant will tell you who covers them.\n");
                }
            }
        } else {
            body.append("The unit's rovers answer calls for ").append(school.name())
                    .append(" between 07:00 and 15:00 on school days. In an emergency, call 911.\n");
        }
        return new NoticeDraft(school.principalEmail(), subject, signed(body, sergeant, "this reassignment"));
    }

    /**
     * The notice that a reassignment was cancelled or ended early: the SRO is back at the school
     * from {@code backOn}.
     */
    public static NoticeDraft composeReturn(Reassignment reassignment, Officer officer, School school, LocalDate backOn,
                                            boolean cancelled, SergeantContact sergeant) {
        String subject = "SRO back at " + school.name() + ": " + officer.displayName() + " from " + SHORT.format(backOn);
        StringBuilder body = greeting(school);
        body.append(cancelled ? "The temporary reassignment of your school resource officer has been cancelled"
                        : "The temporary reassignment of your school resource officer ends early")
                .append(": ").append(officer.displayName()).append(" is back at ").append(school.name())
                .append(" from ").append(DAY.format(backOn)).append(".\n");
        return new NoticeDraft(school.principalEmail(), subject, signed(body, sergeant, "this change"));
    }

    private static StringBuilder greeting(School school) {
        String greeting = school.principalName().isBlank() ? "Principal" : school.principalName();
        return new StringBuilder("Dear ").append(greeting).append(",\n\n");
    }

    private static String signed(StringBuilder body, SergeantContact sergeant, String about) {
        body.append("\nQuestions about ").append(about).append(": ").append(sergeant.name());
        if (!sergeant.phone().isBlank()) {
            body.append(", phone ").append(sergeant.phone());
        }
        if (!sergeant.email().isBlank()) {
            body.append(", e-mail ").append(sergeant.email());
        }
        return body.append(".\n\nSRO unit\n").toString();
    }

    private static String when(LocalDate start, LocalDate end) {
        return start.equals(end) ? "on " + DAY.format(start)
                : "from " + DAY.format(start) + " to " + DAY.format(end) + " (both included)";
    }

    private static String period(LocalDate start, LocalDate end) {
        return start.equals(end) ? SHORT.format(start) : SHORT.format(start) + " – " + SHORT.format(end);
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
