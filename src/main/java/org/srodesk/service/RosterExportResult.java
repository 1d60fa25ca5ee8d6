package org.srodesk.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a roster export wrote: one file per school, in school-code order, and the combined PDF if
 * asked for; {@code nineOneOneDays} counts the school-days, across all exported schools, on which a
 * school has to call 911.
 */
public record RosterExportResult(
        YearMonth month,
        Path folder,
        List<Path> files,
        Optional<Path> combined,
        long nineOneOneDays,
        Duration elapsed) {

    public RosterExportResult {
        files = List.copyOf(files);
    }

    /** One line for the command line and the status message. */
    public String summary() {
        return String.format(Locale.ROOT, "Wrote %d roster PDF%s for %s to %s%s in %.1f s; %d school-day%s without"
                        + " police on site (call 911).",
                files.size(), files.size() == 1 ? "" : "s", month, folder.toAbsolutePath(),
                combined.map(c -> " (and the combined " + c.getFileName() + ")").orElse(""),
                elapsed.toMillis() / 1000.0, nineOneOneDays, nineOneOneDays == 1 ? "" : "s");
    }
}
