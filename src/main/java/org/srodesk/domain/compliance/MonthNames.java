package org.srodesk.domain.compliance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "October 2025" — how months are named in messages and reports. */
public final class MonthNames {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private MonthNames() {
    }

    public static String of(YearMonth month) {
        return FORMAT.format(month);
    }
}
