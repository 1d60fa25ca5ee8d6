package org.srodesk.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.MeetingAttendance;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;

/**
 * The unit's compliance records for the demo: training completions of the three required courses
 * (on the officer's approved TRAINING days when the course matches, else on a staff or summer day),
 * attendance at every unit meeting held before "today", and monthly logs from September 2025 to
 * last month — mostly on time, with a few gaps to find: an overdue or never-taken course, a log that
 * never arrived, absences with their reasons.
 */
final class DemoCompliance {

    private static final List<String> PROVIDERS = List.of("MN POST Board", "Saint Paul Police Training Unit",
            "Hennepin Technical College", "University of Minnesota CEHD", "Restorative Practices MN",
            "National Association of School Resource Officers (NASRO)");
    private static final List<String> ABSENCE_REASONS = List.of("Court appearance", "Called to an incident at school",
            "Sick", "Covering a graduation event", "Family emergency");
    private static final Map<String, String> TRAINING_NOTES = Map.of(
            "Restorative justice practitioner training", "RESTORATIVE",
            "Child development and the adolescent brain (contract training)", "CHILD_DEV",
            "Cultural competency training", "CULTURAL");

    private static final LocalDate HISTORY_FROM = LocalDate.of(2024, 1, 1);

    private final DemoSchoolCalendar calendar;
    private final SplittableRandom random;
    private final String recorder;

    DemoCompliance(DemoSchoolCalendar calendar, SplittableRandom random, String recorder) {
        this.calendar = calendar;
        this.random = random;
        this.recorder = recorder;
    }

    List<TrainingCompletion> completions(List<Officer> officers, List<TrainingCourse> courses,
                                         List<TimeOffRequest> timeOff) {
        Map<Long, Map<String, LocalDate>> trainingDays = new HashMap<>();
        for (TimeOffRequest r : timeOff) {
            String course = TRAINING_NOTES.get(r.note());
            if (r.kind() == TimeOffKind.TRAINING && r.status() == TimeOffStatus.APPROVED && course != null
                    && !r.startDate().isAfter(DemoClock.TODAY)) {
                trainingDays.computeIfAbsent(r.officerId(), k -> new HashMap<>()).putIfAbsent(course, r.startDate());
            }
        }
        List<TrainingCompletion> out = new ArrayList<>();
        for (Officer officer : officers) {
            for (TrainingCourse course : courses) {
                double draw = random.nextDouble();
                if (draw < 0.03) {
                    continue; // never taken: shows as missing
                }
                LocalDate day = trainingDays.getOrDefault(officer.id(), Map.of()).get(course.code());
                if (day == null) {
                    // overdue (renewal passed), due soon, or well within the renewal period
                    int monthsAgo = draw < 0.09 ? course.renewalMonths() + 1 + random.nextInt(6)
                            : draw < 0.16 ? course.renewalMonths() - 1
                            : 1 + random.nextInt(Math.max(1, course.renewalMonths() - 3));
                    day = nonSessionWeekday(DemoClock.TODAY.minusMonths(monthsAgo));
                }
                // the renewals before it, back to 2024, so earlier school years have their history too
                for (LocalDate taken = day; !taken.isBefore(HISTORY_FROM);
                        taken = nonSessionWeekday(taken.minusMonths(course.renewalMonths()).minusDays(random.nextInt(20)))) {
                    BigDecimal hours = BigDecimal.valueOf(4 * (1 + random.nextInt(4))).setScale(1);
                    out.add(new TrainingCompletion(0, officer.id(), course.id(), taken, hours,
                            DemoNames.pick(random, PROVIDERS), "Cert. " + course.code() + "-" + (10000 + random.nextInt(90000)),
                            recorder, DemoClock.at(taken.plusDays(2), 9, 0)));
                }
            }
        }
        return out;
    }

    /** The weekday on or before {@code around} when school is out (staff day, break, summer), else {@code around}. */
    private LocalDate nonSessionWeekday(LocalDate around) {
        for (LocalDate d = around; d.isAfter(around.minusDays(40)); d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !d.isBefore(DemoSchoolCalendar.FIRST_DAY) && !calendar.isInSession(d)) {
                return d;
            }
        }
        return around;
    }

    List<MeetingAttendance> attendance(List<Officer> officers, List<UnitEvent> meetings, List<TimeOffRequest> timeOff) {
        Map<Long, List<TimeOffRequest>> approved = new HashMap<>();
        timeOff.stream().filter(r -> r.status() == TimeOffStatus.APPROVED)
                .forEach(r -> approved.computeIfAbsent(r.officerId(), k -> new ArrayList<>()).add(r));
        List<MeetingAttendance> out = new ArrayList<>();
        for (UnitEvent meeting : meetings) {
            if (!meeting.date().isBefore(DemoClock.TODAY)) {
                continue;
            }
            for (Officer officer : officers) {
                TimeOffRequest away = approved.getOrDefault(officer.id(), List.of()).stream()
                        .filter(r -> r.covers(meeting.date()) && !r.isPartialDay()).findFirst().orElse(null);
                String reason = away != null ? "On approved " + away.kind().label().toLowerCase(java.util.Locale.ROOT)
                        : random.nextDouble() < 0.03 ? DemoNames.pick(random, ABSENCE_REASONS) : null;
                out.add(new MeetingAttendance(meeting.id(), officer.id(), reason == null, reason == null ? "" : reason,
                        recorder, DemoClock.at(meeting.date(), 16, 0)));
            }
        }
        return out;
    }

    List<MonthlyLog> logs(List<Officer> officers) {
        List<MonthlyLog> out = new ArrayList<>();
        YearMonth last = YearMonth.from(DemoClock.TODAY).minusMonths(1);
        int late = random.nextInt(officers.size()); // whose log for last month never arrived: a gap to find
        for (int i = 0; i < officers.size(); i++) {
            Officer officer = officers.get(i);
            for (YearMonth month = YearMonth.of(2025, 9); !month.isAfter(last); month = month.plusMonths(1)) {
                if (calendar.sessionDays(month.atDay(1), month.atEndOfMonth()).isEmpty()) {
                    continue;
                }
                double draw = random.nextDouble();
                if (draw < 0.02 || (i == late && month.equals(last))) {
                    continue; // never arrived
                }
                LocalDate received = month.atEndOfMonth().plusDays(draw < 0.06 ? 6 + random.nextInt(10) : 1 + random.nextInt(5));
                if (received.isAfter(DemoClock.TODAY)) {
                    continue;
                }
                boolean rover = officer.isRover();
                out.add(new MonthlyLog(0, officer.id(), month.atDay(1), received, random.nextInt(3), random.nextInt(3),
                        random.nextInt(3), random.nextInt(2), random.nextInt(3), rover ? random.nextInt(2) : random.nextInt(4),
                        random.nextInt(3), rover ? 2 + random.nextInt(10) : random.nextInt(7), "", recorder,
                        DemoClock.at(received, 10, 0), 0));
            }
        }
        return out;
    }
}
