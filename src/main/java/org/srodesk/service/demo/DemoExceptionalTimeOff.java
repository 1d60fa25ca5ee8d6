package org.srodesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.service.demo.DemoSchoolCalendar.SchoolYear;

/**
 * The time off that gives the sergeant work: extended in-session absences of high-school SROs
 * (which the coverage planner must cover with rovers), denied and cancelled requests, and
 * requests still pending for December and January.
 */
final class DemoExceptionalTimeOff {

    private static final List<String[]> JUSTIFIED_VACATIONS = List.of(
            new String[] {"Family emergency abroad: father hospitalized",
                    "Approved as an exception to the in-session rule: family emergency. Rover coverage to be planned."},
            new String[] {"Wedding trip booked before the posting",
                    "Approved: trip booked before the officer was posted to the school; principal informed."},
            new String[] {"Adoption: travel to finalize",
                    "Approved as an exception: adoption travel cannot be moved. Rover to cover."},
            new String[] {"Military reserve duty (orders attached)",
                    "Approved: reserve duty orders on file. Rover coverage to be planned."});
    private static final List<String[]> MEDICAL_LEAVES = List.of(
            new String[] {"Medical leave: knee surgery and recovery", "Medical note on file; principal notified."},
            new String[] {"Medical leave: scheduled shoulder surgery", "Medical note on file; principal notified."},
            new String[] {"Medical leave after on-duty injury", "Injury report filed; principal notified."},
            new String[] {"Medical leave: recovery from appendectomy", "Medical note on file; principal notified."});

    private final DemoSchoolCalendar calendar;
    private final DemoBookings bookings;
    private final DemoRequests requests;
    private final SplittableRandom random;

    DemoExceptionalTimeOff(DemoSchoolCalendar calendar, DemoBookings bookings, DemoRequests requests,
            SplittableRandom random) {
        this.calendar = calendar;
        this.bookings = bookings;
        this.requests = requests;
        this.random = random;
    }

    /**
     * Extended absences (5–10 school days) of {@code count} different high-school primary SROs in
     * {@code year}. In 2026–27 the first is already past and the others lie ahead of "now", so the
     * coverage planner has work.
     */
    void addExtendedAbsences(List<Officer> highSchoolPrimaries, SchoolYear year, int count,
            List<TimeOffRequest> out) {
        List<Officer> candidates = new ArrayList<>(highSchoolPrimaries);
        int added = 0;
        while (added < count && !candidates.isEmpty()) {
            Officer officer = candidates.remove(random.nextInt(candidates.size()));
            LocalDate windowStart;
            LocalDate windowEnd;
            if (year == DemoSchoolCalendar.YEAR_2025) {
                windowStart = LocalDate.of(2025, 10, 1);
                windowEnd = LocalDate.of(2026, 5, 15);
            } else if (added == 0) {
                windowStart = LocalDate.of(2026, 9, 21);
                windowEnd = LocalDate.of(2026, 11, 6);
            } else {
                windowStart = LocalDate.of(2026, 12, 1);
                windowEnd = LocalDate.of(2027, 5, 14);
            }
            if (addExtended(officer, calendar.sessionDays(windowStart, windowEnd), out)) {
                added++;
            }
        }
    }

    private boolean addExtended(Officer officer, List<LocalDate> window, List<TimeOffRequest> out) {
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate start = DemoNames.pick(random, window);
            LocalDate end = calendar.nthSessionDay(start, 5 + random.nextInt(6));
            if (!bookings.tryBook(officer.id(), start, end)) {
                continue;
            }
            boolean vacation = random.nextBoolean();
            String[] text = DemoNames.pick(random, vacation ? JUSTIFIED_VACATIONS : MEDICAL_LEAVES);
            out.add(requests.decidedPlanned(officer, vacation ? TimeOffKind.VACATION : TimeOffKind.SICK,
                    start, end, TimeOffStatus.APPROVED, text[0], text[1]));
            return true;
        }
        return false;
    }

    /** Extended in-session vacations the sergeant refused (the days stay free). */
    void addDenied(List<Officer> officers, SchoolYear year, int count, List<TimeOffRequest> out) {
        List<LocalDate> window = calendar.sessionDays(year.firstDay().plusWeeks(4), year.lastDay().minusWeeks(3));
        int added = 0;
        for (int attempt = 0; attempt < count * 10 && added < count; attempt++) {
            Officer officer = DemoNames.pick(random, officers);
            LocalDate start = DemoNames.pick(random, window);
            LocalDate end = calendar.nthSessionDay(start, 5);
            if (bookings.isFree(officer.id(), start, end) && start.isBefore(DemoClock.TODAY)) {
                added++;
                out.add(requests.decidedPlanned(officer, TimeOffKind.VACATION, start, end, TimeOffStatus.DENIED,
                        "Vacation: trip with friends",
                        "Denied: extended vacation while schools are in session. Please rebook for a break or summer."));
            }
        }
    }

    /** Requests the officer withdrew after approval (the days stay free). */
    void addCancelled(List<Officer> officers, SchoolYear year, int count, List<TimeOffRequest> out) {
        List<LocalDate> window = calendar.sessionDays(year.firstDay(), year.lastDay());
        int added = 0;
        for (int attempt = 0; attempt < count * 10 && added < count; attempt++) {
            Officer officer = DemoNames.pick(random, officers);
            LocalDate start = DemoNames.pick(random, window);
            LocalDate end = calendar.nthSessionDay(start, 1 + random.nextInt(2));
            if (bookings.isFree(officer.id(), start, end) && start.isBefore(DemoClock.TODAY)) {
                added++;
                out.add(requests.decidedPlanned(officer, random.nextBoolean() ? TimeOffKind.PERSONAL : TimeOffKind.VACATION,
                        start, end, TimeOffStatus.CANCELLED, "Personal plans",
                        "Cancelled at the officer's request: plans changed."));
            }
        }
    }

    /** Requests for December 2026 and January 2027 made in the last two weeks, not yet decided. */
    void addPending(List<Officer> officers, int count, List<TimeOffRequest> out) {
        LocalDate[][] choices = {
                {LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 18)},
                {LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 18)},
                {LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5)},
                {LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31)},
                {LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)},
                {LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9)}};
        String[] notes = {"Extending winter break: flight leaves Thursday", "Holiday travel", "Returning from abroad",
                "Family in town", "Long weekend", "Child's school program"};
        int added = 0;
        for (int attempt = 0; attempt < count * 5 && added < count; attempt++) {
            Officer officer = DemoNames.pick(random, officers);
            int choice = random.nextInt(choices.length);
            LocalDate start = choices[choice][0];
            LocalDate end = choices[choice][1];
            if (bookings.tryBook(officer.id(), start, end)) {
                TimeOffKind kind = start.equals(end) ? TimeOffKind.PERSONAL : TimeOffKind.VACATION;
                out.add(requests.recentPending(officer, kind, start, end, notes[choice]));
                added++;
            }
        }
    }
}
