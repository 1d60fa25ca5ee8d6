package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;

/**
 * Computes a {@link ProgramReview} from a roster snapshot of the school year — every presence
 * figure goes through {@code DayStatusRule} via {@link RosterSnapshot#statusOf} — and the year's
 * calls, training, meetings and logs. Pure.
 */
public final class ProgramReviewBuilder {

    private ProgramReviewBuilder() {
    }

    /** Everything the review is computed from; {@code asOf} is the year's last day or today, whichever is first. */
    public record Inputs(SchoolYear year, String districtName, String unitName, LocalDate asOf,
                         RosterSnapshot snapshot, Collection<CallsForService> calls,
                         Collection<TrainingCourse> courses, Collection<TrainingCompletion> completions,
                         int meetingsHeld, Collection<MeetingAttendance> attendance,
                         Collection<MonthlyLog> logs, int dueSoonDays) {
    }

    public static ProgramReview build(Inputs in) {
        RosterSnapshot snapshot = in.snapshot();
        DateRange counted = new DateRange(in.year().start(), in.asOf());
        List<LocalDate> schoolDays = snapshot.calendar().schoolDays(counted);
        List<ProgramReview.HeadcountMonth> headcount = headcount(snapshot, schoolDays);
        List<ProgramReview.SchoolDays> schools = schools(snapshot, schoolDays, in.calls(), counted);
        long totalCalls = in.calls().stream().filter(c -> counted.contains(c.date())).mapToLong(CallsForService::count).sum();

        List<ProgramReview.CourseCompletion> training = new ArrayList<>();
        Map<Long, List<TrainingCompletion>> byOfficer = new HashMap<>();
        in.completions().forEach(c -> byOfficer.computeIfAbsent(c.officerId(), k -> new ArrayList<>()).add(c));
        for (TrainingCourse course : in.courses()) {
            if (!course.required()) {
                continue;
            }
            int current = 0;
            for (Officer officer : snapshot.officers()) {
                TrainingState state = TrainingRule.standing(course, byOfficer.getOrDefault(officer.id(), List.of()),
                        in.asOf(), in.dueSoonDays()).state();
                if (!state.isBehind()) {
                    current++;
                }
            }
            List<TrainingCompletion> inYear = in.completions().stream()
                    .filter(c -> c.courseId() == course.id() && counted.contains(c.completedOn())).toList();
            double hours = inYear.stream().mapToDouble(c -> c.hours().doubleValue()).sum();
            training.add(new ProgramReview.CourseCompletion(course.name(), course.renewalMonths(),
                    snapshot.officers().size(), current, inYear.size(), hours));
        }

        ActivityCounts total = ActivityCounts.ZERO;
        for (MonthlyLog log : in.logs()) {
            total = total.plus(log.counts());
        }
        Map<SessionTopic, Integer> sessions = new EnumMap<>(SessionTopic.class);
        for (SessionTopic topic : SessionTopic.values()) {
            sessions.put(topic, total.sessions(topic));
        }
        ActivityCounts other = new ActivityCounts(0, 0, 0, 0, 0, total.ppcMeetings(), total.ptaMeetings(),
                total.reportsTaken());
        int months = (int) LogRule.expectedMonths(snapshot.calendar(), counted).stream()
                .filter(m -> !m.atEndOfMonth().isAfter(in.asOf())).count();
        return new ProgramReview(in.year(), in.districtName(), in.unitName(), in.asOf(), headcount, schools, totalCalls,
                training, in.meetingsHeld(), AttendanceRate.of(in.attendance()), sessions, other, in.logs().size(),
                months * snapshot.officers().size());
    }

    private static List<ProgramReview.HeadcountMonth> headcount(RosterSnapshot snapshot, List<LocalDate> schoolDays) {
        Map<YearMonth, List<LocalDate>> byMonth = new java.util.TreeMap<>();
        schoolDays.forEach(d -> byMonth.computeIfAbsent(YearMonth.from(d), k -> new ArrayList<>()).add(d));
        List<ProgramReview.HeadcountMonth> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, List<LocalDate>> month : byMonth.entrySet()) {
            Set<Long> primaries = new HashSet<>();
            Set<Long> rovers = new HashSet<>();
            long onDuty = 0;
            for (Officer officer : snapshot.officers()) {
                for (LocalDate day : month.getValue()) {
                    DayStatus status = snapshot.statusOf(officer.id(), day);
                    if (status.kind() != DayStatusKind.UNASSIGNED) {
                        (officer.isRover() ? rovers : primaries).add(officer.id());
                    }
                    if (status.kind() == DayStatusKind.AT_SCHOOL || status.kind() == DayStatusKind.ROVER_DUTY
                            || status.kind() == DayStatusKind.COVERING) {
                        onDuty++;
                    }
                }
            }
            rows.add(new ProgramReview.HeadcountMonth(month.getKey(), primaries.size(), rovers.size(),
                    (double) onDuty / month.getValue().size()));
        }
        return rows;
    }

    private static List<ProgramReview.SchoolDays> schools(RosterSnapshot snapshot, List<LocalDate> schoolDays,
                                                          Collection<CallsForService> calls, DateRange counted) {
        Set<Long> posted = new HashSet<>();
        for (Officer officer : snapshot.officers()) {
            for (Assignment a : snapshot.schedule(officer.id()).assignments()) {
                if (a.endDate() == null || !a.endDate().isBefore(counted.start())) {
                    posted.add(a.schoolId());
                }
            }
        }
        // school → day → true when its own SRO was there (wins over a covering rover the same day)
        Map<Long, Map<LocalDate, Boolean>> presence = new HashMap<>();
        for (Officer officer : snapshot.officers()) {
            for (LocalDate day : schoolDays) {
                DayStatus status = snapshot.statusOf(officer.id(), day);
                long school = status.schoolId();
                if (school != 0 && posted.contains(school)) {
                    presence.computeIfAbsent(school, k -> new HashMap<>())
                            .merge(day, status.kind() == DayStatusKind.AT_SCHOOL, Boolean::logicalOr);
                }
            }
        }
        Map<Long, Integer> callsBySchool = new HashMap<>();
        calls.stream().filter(c -> counted.contains(c.date())).forEach(c -> callsBySchool.merge(c.schoolId(), c.count(), Integer::sum));
        List<ProgramReview.SchoolDays> rows = new ArrayList<>();
        for (School school : snapshot.schools().values().stream()
                .sorted(java.util.Comparator.comparing(School::name)).toList()) {
            if (!posted.contains(school.id())) {
                continue;
            }
            Map<LocalDate, Boolean> days = presence.getOrDefault(school.id(), Map.of());
            int withSro = (int) days.values().stream().filter(Boolean::booleanValue).count();
            int withRover = days.size() - withSro;
            rows.add(new ProgramReview.SchoolDays(school.code(), school.name(), schoolDays.size(), withSro, withRover,
                    schoolDays.size() - withSro - withRover, callsBySchool.getOrDefault(school.id(), 0)));
        }
        return rows;
    }
}
