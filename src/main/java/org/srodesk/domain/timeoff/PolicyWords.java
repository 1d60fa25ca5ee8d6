package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the policy's sentences write days: "Mon 3 Mar", lists of days, counts of days. */
public final class PolicyWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int LISTED = 6;

    private PolicyWords() {
    }

    /** "Mon 3 Mar". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Mon 3 Mar, Tue 4 Mar and Wed 5 Mar"; past six days, "… and 4 more days". */
    public static String days(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return "no day";
        }
        List<String> shown = dates.stream().limit(LISTED).map(PolicyWords::day).toList();
        int rest = dates.size() - shown.size();
        if (rest > 0) {
            return String.join(", ", shown) + " and " + rest + " more " + plural(rest, "day");
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /** "1 school day", "4 school days". */
    public static String count(long n, String noun) {
        return n + " " + plural(n, noun);
    }

    static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
