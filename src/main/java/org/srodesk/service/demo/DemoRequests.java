package org.srodesk.service.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;

/**
 * Makes time-off request rows with believable timestamps: requested 1–30 days ahead (never after
 * the demo's "now"), decided by the zone's sergeant a day or two later; a request whose decision
 * would fall after "now" is still pending. Sick leave is entered the morning it starts.
 */
final class DemoRequests {

    private final SplittableRandom random;
    private final DemoSergeants sergeants;

    DemoRequests(SplittableRandom random, DemoSergeants sergeants) {
        this.random = random;
        this.sergeants = sergeants;
    }

    /** Planned time off, approved unless its decision would come after "now". */
    TimeOffRequest planned(Officer officer, TimeOffKind kind, LocalDate start, LocalDate end,
            LocalTime partialStart, LocalTime partialEnd, String note, String comment) {
        Instant requested = requestedAhead(start, false);
        Instant decided = decidedAfter(requested);
        if (decided.isAfter(DemoClock.NOW)) {
            return pending(officer, kind, start, end, partialStart, partialEnd, note, requested);
        }
        return decided(officer, kind, start, end, partialStart, partialEnd, TimeOffStatus.APPROVED, note,
                requested, decided, comment);
    }

    /** Planned time off that has certainly been decided by "now" (with the given outcome). */
    TimeOffRequest decidedPlanned(Officer officer, TimeOffKind kind, LocalDate start, LocalDate end,
            TimeOffStatus status, String note, String comment) {
        Instant requested = requestedAhead(start, true);
        return decided(officer, kind, start, end, null, null, status, note, requested, decidedAfter(requested),
                comment);
    }

    /** Sick leave called in at 06:xx on its first day and recorded by the sergeant within the hour. */
    TimeOffRequest sick(Officer officer, LocalDate start, LocalDate end, String note) {
        Instant requested = DemoClock.at(start, 6, random.nextInt(60));
        Instant decided = requested.plus(Duration.ofMinutes(20 + random.nextInt(70)));
        return decided(officer, TimeOffKind.SICK, start, end, null, null, TimeOffStatus.APPROVED, note,
                requested, decided, "Principal notified by e-mail.");
    }

    /** A request made in the last two weeks and not decided yet. */
    TimeOffRequest recentPending(Officer officer, TimeOffKind kind, LocalDate start, LocalDate end, String note) {
        Instant requested = DemoClock.at(DemoClock.TODAY.minusDays(1 + random.nextInt(13)),
                8 + random.nextInt(9), random.nextInt(60));
        return pending(officer, kind, start, end, null, null, note, requested);
    }

    private TimeOffRequest pending(Officer officer, TimeOffKind kind, LocalDate start, LocalDate end,
            LocalTime partialStart, LocalTime partialEnd, String note, Instant requested) {
        return new TimeOffRequest(0, officer.id(), kind, start, end, partialStart, partialEnd,
                TimeOffStatus.REQUESTED, note, requested, sergeants.userNameFor(officer), null, null, "", 0);
    }

    private TimeOffRequest decided(Officer officer, TimeOffKind kind, LocalDate start, LocalDate end,
            LocalTime partialStart, LocalTime partialEnd, TimeOffStatus status, String note, Instant requested,
            Instant decided, String comment) {
        String sergeant = sergeants.userNameFor(officer);
        return new TimeOffRequest(0, officer.id(), kind, start, end, partialStart, partialEnd, status, note,
                requested, sergeant, sergeant, decided, comment, 0);
    }

    /**
     * 1–30 days before {@code start} in office hours; a request for a date far ahead was made in
     * the month before "now" instead. {@code settled} keeps it at least three days before "now".
     */
    private Instant requestedAhead(LocalDate start, boolean settled) {
        LocalDate day = start.minusDays(1 + random.nextInt(30));
        LocalDate latest = settled ? DemoClock.TODAY.minusDays(3) : DemoClock.TODAY;
        if (day.isAfter(latest)) {
            day = latest.minusDays(random.nextInt(30));
        }
        return DemoClock.at(day, 8 + random.nextInt(9), random.nextInt(60));
    }

    /** The next or the second next day, in office hours. */
    private Instant decidedAfter(Instant requested) {
        LocalDate day = requested.atZone(DemoClock.ZONE).toLocalDate().plusDays(1 + random.nextInt(2));
        return DemoClock.at(day, 8 + random.nextInt(8), random.nextInt(60));
    }
}
