package org.srodesk.export.pdf;

import org.srodesk.testing.Actors;
import org.srodesk.domain.account.Role;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.RosterExportProgress;
import org.srodesk.service.RosterPdfService;
import org.srodesk.service.RosterService;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/**
 * Makes the sample page of the README ({@code src/site/screenshots/roster-pdf-sample.png}): the small
 * demo district, October 2026, the high school whose SRO is away longest that month, with a rover
 * accepted for all but the last two days of the absence (so both a covering rover and 911 days show).
 * The demo has no accepted coverage of its own; the planner screen will add it.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<deps> org.srodesk.export.pdf.RosterPdfSample [png] [pdf]}
 */
public final class RosterPdfSample {

    static final YearMonth MONTH = YearMonth.of(2026, 10);

    private RosterPdfSample() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args.length > 0 ? args[0] : "src/site/screenshots/roster-pdf-sample.png");
        Path pdf = args.length > 1 ? Path.of(args[1]) : null;
        try (Database database = Database.openInMemory("sample-" + System.nanoTime())) {
            new DemoDistrictGenerator(database).generate(DemoTier.SMALL, DemoDistrictGenerator.DEFAULT_SEED,
                    new Actor("sample", "Sample", Role.SERGEANT), null);
            School school = coverLongestAbsence(database);
            byte[] bytes = pageOf(database, school);
            if (pdf != null) {
                Files.write(pdf, bytes);
            }
            try (PDDocument document = Loader.loadPDF(bytes)) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
                Files.createDirectories(png.toAbsolutePath().getParent());
                ImageIO.write(image, "png", png.toFile());
            }
            System.out.println("Wrote " + png + " (" + school.code() + " " + MONTH + ")");
        }
    }

    /** Accepts a rover for all but the last two school days of the month's longest SRO absence. */
    static School coverLongestAbsence(Database database) {
        RosterSnapshot snapshot = new RosterService(database).loadSnapshot(RosterMonth.period(MONTH));
        RosterMonth month = new RosterMonth(snapshot, MONTH);
        School best = null;
        List<LocalDate> bestDays = List.of();
        long bestOfficer = 0;
        for (School school : month.schools()) {
            if (!school.isHigh()) {
                continue;
            }
            if (month.sros(school.id()).size() != 1) {
                continue;
            }
            Officer sro = month.sros(school.id()).get(0);
            List<LocalDate> away = month.dates().stream()
                    .filter(d -> snapshot.calendar().isInSession(d))
                    .filter(d -> snapshot.statusOf(sro.id(), d).kind() == DayStatusKind.TIME_OFF)
                    .toList();
            if (away.size() > bestDays.size()) {
                best = school;
                bestDays = away;
                bestOfficer = sro.id();
            }
        }
        if (best == null || bestDays.size() < 3) {
            throw new IllegalStateException("No high-school absence of three days or more in " + MONTH);
        }
        List<LocalDate> covered = bestDays.subList(0, bestDays.size() - 2);
        Officer rover = snapshot.officers().stream().filter(Officer::isRover)
                .filter(r -> covered.stream().allMatch(d -> snapshot.statusOf(r.id(), d).kind() == DayStatusKind.ROVER_DUTY))
                .findFirst().orElseThrow();
        long absent = bestOfficer;
        long schoolId = best.id();
        database.useTransaction(handle -> {
            CoverageDao coverage = handle.attach(CoverageDao.class);
            for (LocalDate day : covered) {
                coverage.insert(new CoverageAssignment(0, rover.id(), schoolId, day, absent, "sample",
                        Instant.parse("2026-10-01T12:00:00Z")));
            }
        });
        return best;
    }

    /** The school's page as the export service writes it, dated 28 September 2026. */
    static byte[] pageOf(Database database, School school) throws Exception {
        Path folder = Files.createTempDirectory("roster-sample");
        Clock clock = Clock.fixed(Instant.parse("2026-09-28T12:00:00Z"), ZoneOffset.UTC);
        var result = new RosterPdfService(database, clock, 1).exportMonth(MONTH, List.of(school.code()), folder, false,
                RosterExportProgress.NONE, () -> false, Actors.SERGEANT);
        byte[] bytes = Files.readAllBytes(result.files().get(0));
        Files.delete(result.files().get(0));
        Files.delete(folder);
        return bytes;
    }
}
