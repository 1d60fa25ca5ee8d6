package org.srodesk.export.pdf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.export.pdf.RosterMonth.Presence;

/**
 * Decides what each day of one school's month says and words its absences. High schools: their
 * SRO, else the rover covering, else an officer reassigned there by command staff, else "No SRO —
 * call 911". Junior, middle and elementary schools: the zone's rovers on call 07:00–15:00, else
 * "No rover — call 911".
 */
final class SchoolMonth {

    /** Up to this many rovers on call are named in a day's cell; more are counted. */
    static final int NAMED_ROVERS_PER_DAY = 2;

    private final RosterMonth month;
    private final School school;
    private final Optional<Officer> sro;

    SchoolMonth(RosterMonth month, School school) {
        this.month = month;
        this.school = school;
        this.sro = month.primary(school.id());
    }

    private record Decision(RosterDay day, String sentence) {
    }

    RosterPage page(UnitContacts unit, LocalDate generatedOn) {
        List<LocalDate> dates = month.dates();
        List<RosterDay> days = new ArrayList<>(dates.size());
        List<AbsenceLine> absences = new ArrayList<>();
        AbsenceLine run = null;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (!month.inSession(date)) {
                days.add(new RosterDay(date, DayKind.NOT_IN_SESSION, noSchoolLines(date)));
                continue; // a day without school neither starts nor breaks a run of absences
            }
            Decision decision = school.isHigh() ? highSchoolDay(i, date) : roverSchoolDay(i);
            days.add(decision.day());
            if (run != null && run.text().equals(decision.sentence())) {
                run = new AbsenceLine(run.from(), date, run.text());
                continue;
            }
            if (run != null) {
                absences.add(run);
            }
            run = decision.sentence() == null ? null : new AbsenceLine(date, date, decision.sentence());
        }
        if (run != null) {
            absences.add(run);
        }
        List<Officer> rovers = school.isHigh() ? List.of() : month.roversFor(school.zone());
        return new RosterPage(school, month.month(), unit, sro, rovers, days, absences, generatedOn);
    }

    private List<String> noSchoolLines(LocalDate date) {
        String note = month.calendarNote(date);
        if (!note.isBlank()) {
            return List.of(note);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? List.of() : List.of("No school");
    }

    private Decision highSchoolDay(int i, LocalDate date) {
        Officer own = sro.orElse(null);
        DayStatus ownStatus = own == null ? null : month.status(own.id(), i);
        List<Presence> others = month.present(school.id(), i).stream()
                .filter(p -> own == null || p.officer().id() != own.id()).toList();
        if (own != null && ownStatus.kind() == DayStatusKind.AT_SCHOOL && ownStatus.schoolId() == school.id()) {
            List<String> lines = new ArrayList<>();
            lines.add(own.displayName());
            others.forEach(p -> lines.add(p.officer().displayName()));
            return new Decision(new RosterDay(date, DayKind.SRO_ON_SITE, lines), null);
        }
        String absence = own == null ? null : absence(own, ownStatus, date);
        boolean partDay = ownStatus != null && ownStatus.kind() == DayStatusKind.TIME_OFF && ownStatus.partialDay()
                && month.postedTo(own.id(), school.id(), date);
        if (partDay) {
            List<String> lines = new ArrayList<>(List.of(own.displayName(), "away " + partialHours(own, ownStatus)));
            others.forEach(p -> lines.add(p.officer().displayName()));
            String cover = others.isEmpty() ? "call 911 while the SRO is away" : cover(others);
            return new Decision(new RosterDay(date, DayKind.SRO_PART_DAY, lines), sentence(absence, cover));
        }
        if (!others.isEmpty()) {
            DayKind kind = kindOf(others);
            List<String> lines = cellLines(others);
            String sentence = absence == null && kind == DayKind.SRO_ON_SITE ? null : sentence(absence, cover(others));
            return new Decision(new RosterDay(date, kind, lines), sentence);
        }
        String why = absence != null ? absence : own == null ? "no SRO is posted to the school" : null;
        return new Decision(new RosterDay(date, DayKind.NO_SRO, List.of("No SRO", "call 911")),
                sentence(why, "no SRO on site — call 911"));
    }

    private Decision roverSchoolDay(int i) {
        LocalDate date = month.dates().get(i);
        List<Presence> present = month.present(school.id(), i);
        if (!present.isEmpty()) {
            List<String> lines = cellLines(present);
            DayKind kind = kindOf(present);
            return new Decision(new RosterDay(date, kind, lines),
                    kind == DayKind.SRO_ON_SITE ? null : sentence(null, cover(present)));
        }
        List<Officer> onDuty = month.roversOnDuty(school.zone(), i);
        if (onDuty.isEmpty()) {
            return new Decision(new RosterDay(date, DayKind.NO_ROVER, List.of("No rover", "call 911")),
                    sentence(null, "no rover on duty for your school (all away or covering high schools) — call 911"));
        }
        List<String> lines = onDuty.size() <= NAMED_ROVERS_PER_DAY
                ? onDuty.stream().map(Officer::displayName).toList()
                : List.of(onDuty.size() + " rovers on call");
        return new Decision(new RosterDay(date, DayKind.ROVERS_ON_CALL, lines), null);
    }

    /** Each officer's name, and the phone of one who is not the school's own SRO. */
    private static List<String> cellLines(List<Presence> present) {
        List<String> lines = new ArrayList<>();
        for (Presence p : present) {
            lines.add(p.officer().displayName());
            if (p.status().kind() != DayStatusKind.AT_SCHOOL && !RosterText.reach(p.officer()).isBlank()) {
                lines.add(RosterText.reach(p.officer()));
            }
        }
        return lines;
    }

    private static DayKind kindOf(List<Presence> present) {
        if (present.stream().anyMatch(p -> p.status().kind() == DayStatusKind.COVERING)) {
            return DayKind.ROVER_COVERS;
        }
        if (present.stream().anyMatch(p -> p.status().kind() == DayStatusKind.REASSIGNED)) {
            return DayKind.REASSIGNED_HERE;
        }
        return DayKind.SRO_ON_SITE;
    }

    /** Why the school's SRO is not at the school, or null when they are not posted here that day. */
    private String absence(Officer own, DayStatus status, LocalDate date) {
        if (!month.postedTo(own.id(), school.id(), date)) {
            return null;
        }
        return switch (status.kind()) {
            case TIME_OFF -> status.partialDay()
                    ? own.displayName() + " away " + partialHours(own, status) + " (" + status.timeOffKind().label()
                    .toLowerCase(java.util.Locale.ROOT) + ")"
                    : own.displayName() + " " + RosterText.away(status.timeOffKind());
            case REASSIGNED -> own.displayName() + " reassigned by command staff to " + destination(status);
            default -> own.displayName() + " away";
        };
    }

    private String destination(DayStatus status) {
        if (status.schoolId() != 0) {
            School there = month.snapshot().schools().get(status.schoolId());
            return there == null ? status.place() : there.name();
        }
        return status.place();
    }

    private String partialHours(Officer own, DayStatus status) {
        for (TimeOffRequest request : month.snapshot().schedule(own.id()).timeOff()) {
            if (request.id() == status.sourceId() && request.isPartialDay()) {
                return RosterText.hours(request.partialStart(), request.partialEnd());
            }
        }
        return "part of the day";
    }

    private static String cover(List<Presence> present) {
        return present.stream().map(p -> switch (p.status().kind()) {
            case COVERING -> RosterText.covers(p.officer());
            case REASSIGNED -> withReach(p.officer().displayName() + " (reassigned here by command staff) on site",
                    p.officer());
            default -> withReach(p.officer().displayName() + " on site", p.officer());
        }).collect(Collectors.joining(" and "));
    }

    private static String withReach(String text, Officer officer) {
        String reach = RosterText.reach(officer);
        return reach.isBlank() ? text : text + ", " + reach;
    }

    private static String sentence(String absence, String cover) {
        String text = absence == null ? cover : absence + "; " + cover;
        return text.endsWith(".") ? text : text + ".";
    }
}
