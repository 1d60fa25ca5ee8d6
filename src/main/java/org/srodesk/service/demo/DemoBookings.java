package org.srodesk.service.demo;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which days each officer is already away (active time off, reassignment), so that generated
 * absences of one officer never overlap.
 */
final class DemoBookings {

    private final Map<Long, BitSet> days = new HashMap<>();

    boolean isFree(long officerId, LocalDate start, LocalDate end) {
        BitSet booked = days.get(officerId);
        if (booked == null) {
            return true;
        }
        int from = DemoSchoolCalendar.index(start);
        int to = DemoSchoolCalendar.index(end);
        int next = booked.nextSetBit(from);
        return next < 0 || next > to;
    }

    void book(long officerId, LocalDate start, LocalDate end) {
        days.computeIfAbsent(officerId, id -> new BitSet())
                .set(DemoSchoolCalendar.index(start), DemoSchoolCalendar.index(end) + 1);
    }

    /** Books the days and returns true when they were all free; otherwise changes nothing. */
    boolean tryBook(long officerId, LocalDate start, LocalDate end) {
        if (!isFree(officerId, start, end)) {
            return false;
        }
        book(officerId, start, end);
        return true;
    }
}
