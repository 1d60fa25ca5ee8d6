package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentences the planner attaches to its decisions, kept in one place so they read alike. */
final class CoverageExplanations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);

    private CoverageExplanations() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String school(NeedDay need) {
        return need.schoolCode().isBlank() ? "school " + need.schoolId() : need.schoolCode();
    }

    private static String rovers(int n) {
        return n == 1 ? "1 rover" : n + " rovers";
    }

    static String sameRoverAsBlock() {
        return "Same rover as the rest of this block.";
    }

    static String sameZone(String zone, int load) {
        return "Same zone (" + zone + "); " + days(load) + " of covering so far, the fewest among free rovers of the zone.";
    }

    static String otherZone(String schoolZone, String roverZone, int load) {
        return "No free rover in zone " + schoolZone + "; from zone " + (roverZone.isBlank() ? "(none)" : roverZone)
                + " with " + days(load) + " of covering so far, the fewest.";
    }

    static String fewestDays(int load) {
        return "Fewest covering days so far (" + load + ") among free rovers.";
    }

    static String previousRoverNotFree(String name) {
        return " " + name + ", who covered earlier days of this block, is not free.";
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String accepted(boolean past) {
        return past ? "Accepted earlier; the day is past." : "Accepted earlier; kept as pinned.";
    }

    static String pinned() {
        return "Pinned by the sergeant.";
    }

    static String uncovered(UncoveredReason reason, NeedDay need, long weight, int onDuty, int spare,
                            int reserve, boolean perZone) {
        String when = day(need.date());
        String who = school(need);
        return switch (reason) {
            case IN_THE_PAST -> when + " is past and no rover covered " + who + ": it was left to call 911.";
            case NO_ROVER_ON_DUTY -> "No rover is on duty on " + when + ": " + who + " calls 911.";
            case RESERVE_WOULD_BREAK -> "The " + rovers(onDuty) + " on duty on " + when
                    + " must stay free for junior, middle and elementary calls (reserve " + reserve
                    + (perZone ? " per zone" : "") + "): " + who + " calls 911.";
            case ROVERS_PINNED_ELSEWHERE -> "The " + rovers(spare) + " who can be spared on " + when
                    + " are pinned or accepted elsewhere: " + who + " calls 911.";
            case ROVERS_COVERING_BUSIER_SCHOOLS -> "The " + rovers(spare) + " who can be spared on " + when
                    + " cover schools with at least as many calls for service (" + who + " has " + weight
                    + "): " + who + " calls 911.";
            case SCHOOL_ALREADY_COVERED -> who + " already has its covering rover on " + when
                    + " for another absence; a school gets one covering rover a day.";
        };
    }

    static String conflict(PinConflictReason reason, long roverId, LocalDate date) {
        String when = date == null ? "" : " on " + day(date);
        return switch (reason) {
            case ROVER_NOT_ON_DUTY -> "Rover " + roverId + " is not on rover duty" + when + ".";
            case ROVER_ALREADY_COVERING -> "Rover " + roverId + " already covers another school" + when + ".";
            case NO_SUCH_NEED -> "There is no need for a rover there" + when + ".";
            case NEED_ALREADY_COVERED -> "That need already has a rover" + when + ".";
            case SCHOOL_ALREADY_COVERED -> "That school already has a covering rover" + when + ".";
            case RESERVE_WOULD_BREAK -> "Rover " + roverId + " is needed in the reserve" + when
                    + " for junior, middle and elementary calls.";
            case IN_THE_PAST -> "The day is past" + when + "; it is not planned again.";
        };
    }
}
