package org.srodesk.bench;

import org.srodesk.testing.Actors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.srodesk.domain.School;
import org.srodesk.export.pdf.RosterMonth;
import org.srodesk.export.pdf.UnitContacts;
import org.srodesk.persistence.Database;
import org.srodesk.service.RosterExportProgress;
import org.srodesk.service.RosterExportResult;
import org.srodesk.service.RosterPdfService;
import org.srodesk.service.RosterService;

/**
 * Every school's principal roster PDF for one month (files on disk, the service's two rendering
 * threads) against building the same pages' data alone (snapshot, month index, page models) —
 * the ratio is what drawing and writing the PDFs add.
 */
final class PdfExportBenchmark {

    static final YearMonth MONTH = YearMonth.of(2026, 10);

    static List<Result> run(Database database, String tier, DemoDatabases scratch, int runs) throws Exception {
        RosterPdfService service = new RosterPdfService(database, Clock.systemDefaultZone(), 2);
        Path out = scratch.scratch("pdf-" + tier);
        int[] files = {0};
        Stats export = Measure.time(1, runs, () -> {
            clear(out);
            RosterExportResult result = service.exportMonth(MONTH, List.of(), out, false, RosterExportProgress.NONE,
                    () -> false, Actors.SERGEANT);
            files[0] = result.files().size();
            return result;
        });
        RosterService roster = new RosterService(database);
        UnitContacts unit = new UnitContacts("District", "Unit", "Sgt.", "", "", "");
        Stats model = Measure.time(1, runs, () -> {
            RosterMonth month = new RosterMonth(roster.loadSnapshot(RosterMonth.period(MONTH)), MONTH);
            int pages = 0;
            for (School school : month.schools()) {
                Measure.sink = month.page(school, unit, LocalDate.of(2026, 9, 30));
                pages++;
            }
            return pages;
        });
        String note = String.format(Locale.ROOT, "%,d PDFs, %.1f ms per PDF", files[0], export.median() / Math.max(1, files[0]));
        return List.of(Result.against("principal roster PDFs for a month", tier, export, "page data only", model, note));
    }

    private static void clear(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(folder)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(folder);
    }

    private PdfExportBenchmark() {
    }
}
