package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.UnitEvent;

/**
 * The sergeant's time-off rules, from the Saint Paul SRO procedures: what to know before deciding
 * a request. Pure: everything it looks at comes in {@link PolicyInputs}.
 *
 * <ul>
 *   <li><b>EXTENDED_IN_SESSION</b> (needs justification): vacation or personal time covering more
 *       than N consecutive school days. Consecutive means in the sequence of school days: weekends,
 *       holidays and breaks inside the absence are not counted and do not break it (a vacation
 *       Thursday to Tuesday is 4 school days). The officer's other approved or pending vacation
 *       and personal time that touches this request in that sequence counts too, so splitting a
 *       long absence into short requests does not hide it.</li>
 *   <li><b>OVERLAP</b> (warning): the officer's other approved or pending time off, or an active
 *       reassignment, on the same days.</li>
 *   <li><b>COVERAGE</b> (warning when a day stays uncovered, else info): for a primary SRO posted
 *       to a high school, each school day the school would be without its SRO and who covers.</li>
 *   <li><b>UNIT_MEETING</b> (warning): a mandatory unit event on a requested day (for a partial
 *       day, only when the event starts within the hours off).</li>
 *   <li><b>LATE_NOTICE</b> (warning): planned time off starting fewer than M days after the day
 *       it was requested — today, for a request being entered — so a request made in good time
 *       does not turn late while it waits for a decision; never for sick leave.</li>
 *   <li><b>OFF_SEASON</b> (info): no requested day is a school day.</li>
 * </ul>
 */
public final class TimeOffPolicy {

    private TimeOffPolicy() {
    }

    /** The findings for {@code request}, most serious first. */
    public static List<PolicyFinding> evaluate(TimeOffRequest request, PolicyInputs inputs) {
        RosterSnapshot snapshot = inputs.snapshot();
        Officer officer = snapshot.officer(request.officerId())
                .orElseThrow(() -> new IllegalArgumentException("Officer " + request.officerId() + " is not in the roster"));
        List<LocalDate> schoolDays = snapshot.calendar().schoolDays(request.range());
        List<PolicyFinding> findings = new ArrayList<>();
        extendedInSession(request, officer, inputs).ifPresent(findings::add);
        findings.addAll(overlaps(request, snapshot));
        coverage(request, officer, schoolDays, inputs).ifPresent(findings::add);
        unitMeetings(request, inputs.unitEvents()).ifPresent(findings::add);
        lateNotice(request, inputs).ifPresent(findings::add);
        if (schoolDays.isEmpty()) {
            findings.add(new PolicyFinding(FindingType.OFF_SEASON, FindingSeverity.INFO,
                    "No school is in session on these days (summer, a break or a weekend): no school impact.",
                    List.of()));
        }
        findings.sort(Comparator.comparing((PolicyFinding f) -> f.severity()).reversed()
                .thenComparing(PolicyFinding::type));
        return List.copyOf(findings);
    }

    /** Whether approving needs a written justification. */
    public static boolean needsJustification(List<PolicyFinding> findings) {
        return findings.stream().anyMatch(PolicyFinding::needsJustification);
    }

    static boolean countsAsVacation(TimeOffKind kind) {
        return kind == TimeOffKind.VACATION || kind == TimeOffKind.PERSONAL;
    }

    private static Optional<PolicyFinding> extendedInSession(TimeOffRequest request, Officer officer,
                                                             PolicyInputs inputs) {
        if (!countsAsVacation(request.kind()) || request.isPartialDay()) {
            return Optional.empty();
        }
        SchoolCalendar calendar = inputs.snapshot().calendar();
        List<LocalDate> sequence = calendar.schoolDays(inputs.snapshot().period());
        TreeSet<LocalDate> away = new TreeSet<>(calendar.schoolDays(request.range()));
        if (away.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<LocalDate> own = new TreeSet<>(away);
        List<TimeOffRequest> others = others(request, inputs.snapshot()).stream()
                .filter(o -> countsAsVacation(o.kind()) && !o.isPartialDay()).toList();
        for (TimeOffRequest other : others) {
            away.addAll(calendar.schoolDays(other.range()));
        }
        // The run of consecutive school days (in the school-day sequence) that contains this request.
        int first = sequence.indexOf(own.first());
        int last = sequence.indexOf(own.last());
        while (first > 0 && away.contains(sequence.get(first - 1))) {
            first--;
        }
        while (last < sequence.size() - 1 && away.contains(sequence.get(last + 1))) {
            last++;
        }
        List<LocalDate> run = sequence.subList(first, last + 1);
        int limit = inputs.settings().extendedSchoolDays();
        if (run.size() <= limit) {
            return Optional.empty();
        }
        String sentence = officer.displayName() + " would be away " + PolicyWords.count(run.size(), "school day")
                + " in a row (" + PolicyWords.day(run.get(0)) + " to " + PolicyWords.day(run.get(run.size() - 1))
                + "), more than the " + limit + " allowed while school is in session.";
        if (run.size() > own.size()) {
            sentence += " This counts " + PolicyWords.count(run.size() - own.size(), "school day")
                    + " of other vacation or personal time next to this request.";
        }
        sentence += " Approving needs a written justification.";
        return Optional.of(new PolicyFinding(FindingType.EXTENDED_IN_SESSION, FindingSeverity.BLOCKING_UNTIL_JUSTIFIED,
                sentence, run));
    }

    private static List<TimeOffRequest> others(TimeOffRequest request, RosterSnapshot snapshot) {
        return snapshot.schedule(request.officerId()).timeOff().stream()
                .filter(o -> o.status().isActive())
                .filter(o -> request.id() == 0 || o.id() != request.id())
                .toList();
    }

    private static List<PolicyFinding> overlaps(TimeOffRequest request, RosterSnapshot snapshot) {
        List<PolicyFinding> findings = new ArrayList<>();
        for (TimeOffRequest other : others(request, snapshot)) {
            if (!other.range().overlaps(request.range()) || !partialHoursOverlap(request, other)) {
                continue;
            }
            List<LocalDate> shared = request.range().stream().filter(other::covers).toList();
            String state = other.status() == org.srodesk.domain.TimeOffStatus.APPROVED ? "approved" : "pending";
            findings.add(new PolicyFinding(FindingType.OVERLAP, FindingSeverity.WARNING,
                    "Overlaps another " + state + " request (" + other.kind().label() + ", "
                            + range(other.range()) + ") on " + PolicyWords.days(shared) + ".", shared));
        }
        for (Reassignment reassignment : snapshot.schedule(request.officerId()).reassignments()) {
            if (reassignment.status() != ReassignmentStatus.ACTIVE) {
                continue;
            }
            List<LocalDate> shared = request.range().stream().filter(reassignment::isActiveOn).toList();
            if (shared.isEmpty()) {
                continue;
            }
            String where = reassignment.toSchool()
                    ? Optional.ofNullable(snapshot.schools().get(reassignment.destinationSchoolId()))
                            .map(School::name).orElse("another school")
                    : reassignment.destinationDuty();
            findings.add(new PolicyFinding(FindingType.OVERLAP, FindingSeverity.WARNING,
                    "Overlaps a reassignment to " + where + " ordered by " + reassignment.orderedBy()
                            + " on " + PolicyWords.days(shared) + ".", shared));
        }
        return findings;
    }

    private static boolean partialHoursOverlap(TimeOffRequest a, TimeOffRequest b) {
        if (!a.isPartialDay() || !b.isPartialDay()) {
            return true;
        }
        return a.partialStart().isBefore(b.partialEnd()) && b.partialStart().isBefore(a.partialEnd());
    }

    private static Optional<PolicyFinding> coverage(TimeOffRequest request, Officer officer, List<LocalDate> schoolDays,
                                                    PolicyInputs inputs) {
        if (officer.role() != OfficerRole.PRIMARY_SRO || schoolDays.isEmpty()) {
            return Optional.empty();
        }
        RosterSnapshot snapshot = inputs.snapshot();
        Optional<School> school = snapshot.homeSchool(officer.id(), schoolDays.get(0));
        if (school.isEmpty() || !school.get().isHigh()) {
            return Optional.empty();
        }
        List<LocalDate> days = schoolDays.stream()
                .filter(d -> snapshot.homeSchool(officer.id(), d).filter(school.get()::equals).isPresent())
                .toList();
        List<CoverageDay> coverage = SchoolCoverage.forDays(snapshot, inputs.callsForService(),
                inputs.coverageSettings(), school.get(), days);
        List<LocalDate> uncovered = coverage.stream().filter(CoverageDay::uncovered).map(CoverageDay::date).toList();
        List<LocalDate> covered = coverage.stream().filter(c -> !c.uncovered()).map(CoverageDay::date).toList();
        StringBuilder sentence = new StringBuilder(school.get().name()).append(" would be without its SRO on ")
                .append(PolicyWords.count(days.size(), "school day")).append(". ");
        if (!covered.isEmpty()) {
            sentence.append(uncovered.isEmpty() ? "A rover is free every day" : "A rover is free on "
                    + PolicyWords.days(covered)).append(". ");
        }
        if (!uncovered.isEmpty()) {
            sentence.append("No rover is free on ").append(PolicyWords.days(uncovered))
                    .append(": the school calls 911.");
        }
        FindingSeverity severity = uncovered.isEmpty() ? FindingSeverity.INFO : FindingSeverity.WARNING;
        return Optional.of(new PolicyFinding(FindingType.COVERAGE, severity, sentence.toString().trim(), days));
    }

    private static Optional<PolicyFinding> unitMeetings(TimeOffRequest request, List<UnitEvent> events) {
        List<UnitEvent> missed = events.stream()
                .filter(UnitEvent::mandatory)
                .filter(e -> request.covers(e.date()))
                .filter(e -> !request.isPartialDay() || e.startTime() == null || within(e.startTime(), request))
                .sorted(Comparator.comparing(UnitEvent::date))
                .toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> dates = missed.stream().map(UnitEvent::date).toList();
        String what = missed.size() == 1 ? "the mandatory " + missed.get(0).title() : "mandatory unit meetings";
        return Optional.of(new PolicyFinding(FindingType.UNIT_MEETING, FindingSeverity.WARNING,
                "The officer would miss " + what + " on " + PolicyWords.days(dates) + ".", dates));
    }

    private static boolean within(LocalTime time, TimeOffRequest request) {
        return !time.isBefore(request.partialStart()) && time.isBefore(request.partialEnd());
    }

    private static Optional<PolicyFinding> lateNotice(TimeOffRequest request, PolicyInputs inputs) {
        if (!request.kind().isPlanned()) {
            return Optional.empty();
        }
        LocalDate askedOn = request.requestedAt() == null ? inputs.today()
                : request.requestedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        long notice = ChronoUnit.DAYS.between(askedOn, request.startDate());
        int required = inputs.settings().noticeDays();
        if (notice >= required) {
            return Optional.empty();
        }
        String sentence = notice < 0
                ? "Requested " + PolicyWords.count(-notice, "day") + " after it started; "
                : notice == 0 ? "Requested on the day it starts; "
                : "Requested " + PolicyWords.count(notice, "day") + " before it starts; ";
        sentence += "the unit asks for " + PolicyWords.count(required, "day") + "' notice.";
        return Optional.of(new PolicyFinding(FindingType.LATE_NOTICE, FindingSeverity.WARNING,
                sentence.replace("1 day' notice", "1 day's notice"), List.of(request.startDate())));
    }

    private static String range(DateRange range) {
        return range.start().equals(range.end()) ? PolicyWords.day(range.start())
                : PolicyWords.day(range.start()) + " to " + PolicyWords.day(range.end());
    }
}
