package org.srodesk.app;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.persistence.Database;
import org.srodesk.service.RosterService;
import org.srodesk.service.ValidationException;
import org.srodesk.service.compliance.ProgramReviewService;

/** {@code --export-review 2025-26 --out FILE}: the annual program review PDF from the command line. */
final class ReviewExport {

    private ReviewExport() {
    }

    /** Exit code {@link Main#OK}, or {@link Main#FAILED} with a message on {@code err} and no file written. */
    static int run(Path databaseFile, String year, Path file, PrintStream out, PrintStream err) {
        SchoolYear schoolYear;
        try {
            schoolYear = SchoolYear.parse(year);
        } catch (IllegalArgumentException e) {
            err.println("sro-desk: " + e.getMessage());
            return Main.FAILED;
        }
        try (Database database = Database.openFile(databaseFile)) {
            int pages = new ProgramReviewService(database, new RosterService(database), Clock.systemDefaultZone())
                    .writePdf(schoolYear, file, org.srodesk.service.Actor.commandLine());
            out.println("Wrote the " + schoolYear.label() + " program review (" + pages + (pages == 1 ? " page" : " pages")
                    + ") to " + file.toAbsolutePath());
            return Main.OK;
        } catch (ValidationException e) {
            err.println("sro-desk: no review written. " + e.getMessage());
            return Main.FAILED;
        } catch (UncheckedIOException e) {
            err.println("sro-desk: no review written. " + e.getMessage());
            return Main.FAILED;
        }
    }
}
