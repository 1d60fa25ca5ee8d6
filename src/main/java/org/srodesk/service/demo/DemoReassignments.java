package org.srodesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.service.demo.DemoSchoolCalendar.SchoolYear;

/**
 * Temporary reassignments ordered by command staff: to a named duty or to another school, for a
 * few school days, recorded by the sergeant a few days ahead. One in ten (at least one a year)
 * was later cancelled.
 */
final class DemoReassignments {

    /** Duty, how many school days it lasts at most, and the reasons command staff give. */
    private record Duty(String name, int maxDays, List<String> reasons) {
    }

    private static final List<Duty> DUTIES = List.of(
            new Duty("Patrol", 3, List.of("District patrol staffing shortage", "Patrol backfill during a staffing emergency")),
            new Duty("Special event", 1, List.of("Crowd control: marathon route", "Dignitary visit security detail",
                    "Stadium event traffic detail", "Parade staffing")),
            new Duty("Training academy", 8, List.of("Field instructor for the recruit academy",
                    "Teaching the youth-contact block at the academy")),
            new Duty("Investigations", 10, List.of("Juvenile unit investigation support",
                    "Assist investigations with a school-related case")));
    private static final List<String> SCHOOL_REASONS = List.of("Safety coverage after a threat at the school",
            "Covering a vacancy while the post is filled", "Extra presence after a fight at dismissal",
            "Support for the school's restorative practices pilot");

    private final TierProfile profile;
    private final DemoSchoolCalendar calendar;
    private final DemoBookings bookings;
    private final DemoSergeants sergeants;
    private final SplittableRandom random;
    private int orderNumber;

    DemoReassignments(TierProfile profile, DemoSchoolCalendar calendar, DemoBookings bookings,
            DemoSergeants sergeants, SplittableRandom random) {
        this.profile = profile;
        this.calendar = calendar;
        this.bookings = bookings;
        this.sergeants = sergeants;
        this.random = random;
        this.orderNumber = 100 + random.nextInt(200);
    }

    /**
     * About {@code count} reassignments in {@code year}; {@code posts} maps primary SROs to their
     * school so that a school destination is never the officer's own school.
     */
    void addYear(SchoolYear year, int count, List<Officer> officers, List<School> schools, Map<Long, Long> posts,
            List<Reassignment> out) {
        List<LocalDate> days = calendar.sessionDays(year.firstDay().plusWeeks(2), year.lastDay().minusWeeks(1));
        List<School> destinations = schools.stream().filter(s -> s.level() != SchoolLevel.ELEMENTARY).toList();
        int cancelled = Math.max(1, count / 10);
        int added = 0;
        for (int attempt = 0; attempt < count * 10 && added < count; attempt++) {
            Officer officer = DemoNames.pick(random, officers);
            LocalDate start = DemoNames.pick(random, days);
            boolean toSchool = random.nextDouble() < 0.3;
            Duty duty = toSchool ? null : DemoNames.pick(random, DUTIES);
            int length = 1 + random.nextInt(toSchool ? 5 : duty.maxDays());
            LocalDate end = calendar.nthSessionDay(start, length);
            School destination = toSchool ? DemoNames.pick(random, destinations) : null;
            if (destination != null && destination.id() == posts.getOrDefault(officer.id(), -1L)) {
                continue;
            }
            // Recorded a few days ahead (never after "now"): far-off orders were issued recently.
            LocalDate recordedDay = start.minusDays(1 + random.nextInt(7));
            if (recordedDay.isAfter(DemoClock.TODAY.minusDays(1))) {
                recordedDay = DemoClock.TODAY.minusDays(1 + random.nextInt(20));
            }
            boolean isCancelled = added < cancelled;
            if (!isCancelled && !bookings.tryBook(officer.id(), start, end)) {
                continue;
            }
            Instant recordedAt = DemoClock.at(recordedDay, 15 + random.nextInt(3), random.nextInt(60));
            String reason = toSchool ? DemoNames.pick(random, SCHOOL_REASONS) : DemoNames.pick(random, duty.reasons());
            out.add(new Reassignment(0, officer.id(), start, end, toSchool ? destination.id() : null,
                    toSchool ? null : duty.name(), DemoNames.pick(random, profile.commandStaff()),
                    profile.orderPrefix() + "-" + start.getYear() + "-" + String.format("%04d", orderNumber++),
                    isCancelled ? reason + " (order withdrawn)" : reason,
                    isCancelled ? ReassignmentStatus.CANCELLED : ReassignmentStatus.ACTIVE,
                    sergeants.userNameFor(officer), recordedAt, 0));
            added++;
        }
    }
}
