package org.srodesk.export.pdf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Officer> sros;

    SchoolMonth(RosterMonth month, School school) {
        this.month = month;
        this.school = school;
        this.sros = month.sros(school.id());
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
            Decision decision = decide(i, date);
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
        return new RosterPage(school, month.month(), unit, sros, rovers, days, absences, generatedOn);
    }

    private List<String> noSchoolLines(LocalDate date) {
        String note = month.calendarNote(date);
        if (!note.isBlank()) {
            return List.of(note);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? List.of() : List.of("No school");
    }

    private Decision decide(int i, LocalDate date) {
        List<Presence> present = month.present(school.id(), i);
        List<Presence> onSite = present.stream().filter(p -> p.status().kind() == DayStatusKind.AT_SCHOOL).toList();
        List<Presence> helpers = present.stream().filter(p -> p.status().kind() != DayStatusKind.AT_SCHOOL).toList();
        List<Officer> posted = sros.stream().filter(o -> month.postedTo(o.id(), school.id(), date)).toList();
        List<Officer> away = posted.stream().filter(o -> onSite.stream().noneMatch(p -> p.officer().id() == o.id()))
                .toList();
        String absence = away.isEmpty() ? null : away.stream()
                .map(o -> absence(o, month.status(o.id(), i))).collect(Collectors.joining("; "));
        if (!present.isEmpty()) {
            List<String> lines = new ArrayList<>(onSiteLines(onSite, posted.size()));
            lines.addAll(cellLines(helpers));
            DayKind kind = onSite.isEmpty() ? kindOf(helpers) : DayKind.SRO_ON_SITE;
            if (absence == null && helpers.isEmpty()) {
                return new Decision(new RosterDay(date, kind, lines), null);
            }
            String cover = !helpers.isEmpty() ? cover(helpers)
                    : onSite.size() == 1 ? withReach(onSite.get(0).officer().displayName() + " on site",
                    onSite.get(0).officer()) : "the other SROs are on site";
            return new Decision(new RosterDay(date, kind, lines), sentence(absence, cover));
        }
        Officer partDay = away.stream().filter(o -> {
            DayStatus status = month.status(o.id(), i);
            return status.kind() == DayStatusKind.TIME_OFF && status.partialDay();
        }).findFirst().orElse(null);
        if (partDay != null) {
            List<String> lines = List.of(partDay.displayName(), "away " + partialHours(partDay, month.status(partDay.id(), i)));
            return new Decision(new RosterDay(date, DayKind.SRO_PART_DAY, lines),
                    sentence(absence, "call 911 while the SRO is away"));
        }
        if (school.isHigh()) {
            String why = absence != null ? absence : sros.isEmpty() ? "no SRO is posted to the school" : null;
            return new Decision(new RosterDay(date, DayKind.NO_SRO, List.of("No SRO", "call 911")),
                    sentence(why, "no SRO on site — call 911"));
        }
        return roverDay(i, date, absence);
    }

    /** The SROs on site: by name for one or two posted, counted for more ("5 of 6 SROs on site"). */
    private static List<String> onSiteLines(List<Presence> onSite, int postedCount) {
        if (onSite.isEmpty()) {
            return List.of();
        }
        if (postedCount <= 2 || onSite.size() <= 1) {
            return onSite.stream().map(p -> p.officer().displayName()).toList();
        }
        return List.of(onSite.size() >= postedCount ? "All " + postedCount + " SROs on site"
                : onSite.size() + " of " + postedCount + " SROs on site");
    }

    /** A junior, middle or elementary school day with nobody posted on site: the zone's rovers. */
    private Decision roverDay(int i, LocalDate date, String absence) {
        List<Officer> onDuty = month.roversOnDuty(school.zone(), i);
        if (onDuty.isEmpty()) {
            return new Decision(new RosterDay(date, DayKind.NO_ROVER, List.of("No rover", "call 911")),
                    sentence(absence, "no rover on duty for your school (all away or covering high schools) — call 911"));
        }
        List<String> lines = onDuty.size() <= NAMED_ROVERS_PER_DAY
                ? onDuty.stream().map(Officer::displayName).toList()
                : List.of(onDuty.size() + " rovers on call");
        return new Decision(new RosterDay(date, DayKind.ROVERS_ON_CALL, lines),
                absence == null ? null : sentence(absence, "rovers on call 07:00–15:00"));
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

    /** Why one of the school's SROs, posted here that day, is not at the school. */
    private String absence(Officer own, DayStatus status) {
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
