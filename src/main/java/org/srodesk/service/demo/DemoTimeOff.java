package org.srodesk.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.service.demo.DemoSchoolCalendar.SchoolYear;

/**
 * An officer's ordinary year of time off: vacation in summer and over breaks, a few sick days
 * through the school year, court dates (often part of a day), training, personal and comp days.
 * Days already booked for the officer are never booked twice.
 */
final class DemoTimeOff {

    private static final List<String> VACATION_NOTES = List.of("Family trip", "Cabin up north", "Visiting family",
            "Wedding in the family", "Camping at Itasca", "Fishing trip", "Moving house", "Family reunion", "");
    private static final List<String> TRAININGS = List.of("Restorative justice practitioner training",
            "Child development and the adolescent brain (contract training)", "Cultural competency training",
            "Crisis intervention team (CIT) refresher", "School safety and threat assessment course",
            "Juvenile law update");
    private static final List<String> SICK_NOTES = List.of("Called in sick", "Flu", "Sick child at home",
            "Migraine", "Stomach bug", "Doctor's appointment", "");
    private static final List<LocalTime[]> COURT_HOURS = List.of(
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(15, 0)},
            new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(11, 30)},
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)});

    private final TierProfile profile;
    private final DemoSchoolCalendar calendar;
    private final DemoBookings bookings;
    private final DemoRequests requests;
    private final SplittableRandom random;
    private final List<LocalDate> sessionDays2025;
    private final List<LocalDate> sessionDays2026;
    private final List<LocalDate> sessionDaysBeforeToday;

    DemoTimeOff(TierProfile profile, DemoSchoolCalendar calendar, DemoBookings bookings, DemoRequests requests,
            SplittableRandom random) {
        this.profile = profile;
        this.calendar = calendar;
        this.bookings = bookings;
        this.requests = requests;
        this.random = random;
        this.sessionDays2025 = calendar.sessionDays(DemoSchoolCalendar.YEAR_2025.firstDay(),
                DemoSchoolCalendar.YEAR_2025.lastDay());
        this.sessionDays2026 = calendar.sessionDays(DemoSchoolCalendar.YEAR_2026.firstDay(),
                DemoSchoolCalendar.YEAR_2026.lastDay());
        this.sessionDaysBeforeToday = calendar.sessionDays(DemoSchoolCalendar.YEAR_2026.firstDay(),
                DemoClock.TODAY.minusDays(1));
    }

    /** Adds the officer's ordinary time off for {@code year} to {@code out}. */
    void addYear(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        summer(officer, year, out);
        breaks(officer, year, out);
        int sickSpells = poisson(2.5);
        for (int i = 0; i < sickSpells; i++) {
            sick(officer, year, out);
        }
        int courtDates = random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < courtDates; i++) {
            court(officer, year, out);
        }
        if (random.nextDouble() < 0.5) {
            training(officer, year, out);
        }
        int personal = random.nextInt(3);
        for (int i = 0; i < personal; i++) {
            personalOrComp(officer, year, out);
        }
    }

    private void summer(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        if (random.nextDouble() < 0.7) {
            // One or two weeks in July or August, Monday to Friday.
            LocalDate monday = year.start().with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                    .plusWeeks(random.nextInt(7));
            int weeks = 1 + random.nextInt(2);
            vacation(officer, monday, monday.plusWeeks(weeks - 1).plusDays(4), "", out);
        }
        if (random.nextDouble() < 0.35) {
            // A week after the last day of school.
            LocalDate monday = year.lastDay().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(random.nextInt(2));
            vacation(officer, monday, monday.plusDays(4), "", out);
        }
    }

    private void breaks(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        int y = year.start().getYear();
        if (random.nextDouble() < 0.45) {
            LocalDate winterMonday = LocalDate.of(y, 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            while (calendar.isInSession(winterMonday)) {
                winterMonday = winterMonday.plusWeeks(1);
            }
            LocalDate start = random.nextBoolean() ? winterMonday : winterMonday.plusWeeks(1);
            vacation(officer, start, start.plusDays(4), "Winter break", out);
        }
        if (random.nextDouble() < 0.3) {
            LocalDate monday = LocalDate.of(y + 1, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            while (!"Spring break".equals(calendar.note(monday))) {
                monday = monday.plusWeeks(1);
            }
            vacation(officer, monday, monday.plusDays(4), "Spring break", out);
        }
        if (random.nextDouble() < 0.2) {
            LocalDate thursday = LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            vacation(officer, thursday, thursday.plusDays(1), "Thanksgiving", out);
        }
    }

    private void vacation(Officer officer, LocalDate start, LocalDate end, String fallbackNote,
            List<TimeOffRequest> out) {
        if (bookings.tryBook(officer.id(), start, end)) {
            String note = DemoNames.pick(random, VACATION_NOTES);
            out.add(requests.planned(officer, TimeOffKind.VACATION, start, end, null, null,
                    note.isEmpty() ? fallbackNote : note, "Approved."));
        }
    }

    private void sick(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        LocalDate last = year.lastDay().isAfter(DemoClock.TODAY) ? DemoClock.TODAY.minusDays(1) : year.lastDay();
        List<LocalDate> days = year == DemoSchoolCalendar.YEAR_2026 ? sessionDaysBeforeToday : sessionDays(year);
        if (days.isEmpty()) {
            return;
        }
        double r = random.nextDouble();
        int length = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
        for (int attempt = 0; attempt < 10; attempt++) {
            LocalDate start = DemoNames.pick(random, days);
            LocalDate end = calendar.nthSessionDay(start, length);
            if (end.isAfter(last) || end.minusDays(4).isAfter(start)) {
                end = start;
            }
            if (bookings.tryBook(officer.id(), start, end)) {
                out.add(requests.sick(officer, start, end, DemoNames.pick(random, SICK_NOTES)));
                return;
            }
        }
    }

    private void court(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        LocalDate day = randomSessionDay(year);
        if (day == null || !bookings.tryBook(officer.id(), day, day)) {
            return;
        }
        String note = "Subpoena: " + profile.county() + " District Court, juvenile case " + (100 + random.nextInt(900));
        if (random.nextDouble() < 0.6) {
            LocalTime[] hours = DemoNames.pick(random, COURT_HOURS);
            out.add(requests.planned(officer, TimeOffKind.COURT, day, day, hours[0], hours[1], note,
                    "Approved; principal informed of the hours away."));
        } else {
            out.add(requests.planned(officer, TimeOffKind.COURT, day, day, null, null, note, "Approved."));
        }
    }

    private void training(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        LocalDate start = randomSessionDay(year);
        if (start == null) {
            return;
        }
        LocalDate end = calendar.nthSessionDay(start, 1 + random.nextInt(3));
        if (end.minusDays(4).isAfter(start)) {
            end = start;
        }
        if (bookings.tryBook(officer.id(), start, end)) {
            out.add(requests.planned(officer, TimeOffKind.TRAINING, start, end, null, null,
                    DemoNames.pick(random, TRAININGS), "Approved; required unit training."));
        }
    }

    private void personalOrComp(Officer officer, SchoolYear year, List<TimeOffRequest> out) {
        LocalDate day = randomSessionDay(year);
        if (day != null && bookings.tryBook(officer.id(), day, day)) {
            boolean comp = random.nextBoolean();
            out.add(requests.planned(officer, comp ? TimeOffKind.COMP : TimeOffKind.PERSONAL, day, day, null, null,
                    comp ? "Comp time for weekend event coverage" : "Personal business", "Approved."));
        }
    }

    private LocalDate randomSessionDay(SchoolYear year) {
        List<LocalDate> days = sessionDays(year);
        return days.isEmpty() ? null : DemoNames.pick(random, days);
    }

    private List<LocalDate> sessionDays(SchoolYear year) {
        return year == DemoSchoolCalendar.YEAR_2025 ? sessionDays2025 : sessionDays2026;
    }

    private int poisson(double mean) {
        return DemoCalls.poisson(random, mean);
    }
}
