package org.srodesk.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.export.pdf.RosterMonth;
import org.srodesk.export.pdf.RosterPage;
import org.srodesk.export.pdf.RosterPdfRenderer;
import org.srodesk.export.pdf.UnitContacts;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.service.RosterExportException.Problem;

/**
 * Writes the principals' monthly roster PDFs: one file {@code <school-code>_<yyyy-mm>.pdf} per
 * school, and optionally one combined PDF ({@code all-schools_<yyyy-mm>.pdf}) for the commander.
 * The month's roster is read once, in one transaction, for all schools; the pages are then drawn
 * on a small pool of threads. The PDFs leave the desk: exporting needs the export permission and is
 * recorded ({@link ExportAudit}, id {@code roster-pdf <yyyy-mm>}).
 */
public final class RosterPdfService {

    /** The file name of the combined PDF for {@code month}. */
    public static String combinedFileName(YearMonth month) {
        return "all-schools_" + month + ".pdf";
    }

    private final Database database;
    private final RosterService rosterService;
    private final Clock clock;
    private final int threads;
    private final RosterPdfRenderer renderer = new RosterPdfRenderer();

    /** A service dating its rosters by the system clock, drawing on up to two threads. */
    public RosterPdfService(Database database) {
        this(database, Clock.systemDefaultZone(), Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param clock   dates the rosters ("generated on")
     * @param threads how many pages are drawn at once (at least 1)
     */
    public RosterPdfService(Database database, Clock clock, int threads) {
        this.database = Objects.requireNonNull(database, "database");
        this.rosterService = new RosterService(database);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threads = Math.max(1, threads);
    }

    /** The months the published school calendar covers, first to last; empty without a calendar. */
    public List<YearMonth> availableMonths() {
        return rosterService.calendar().knownRange().map(range -> {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(range.start()); !m.isAfter(YearMonth.from(range.end())); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }).orElse(List.of());
    }

    /**
     * Exports the rosters of {@code month}.
     *
     * @param schoolCodes the schools to export, by code; empty means every school of the district
     * @param folder      where the files go; created if missing
     * @param combined    also write every page into one PDF for the commander
     * @param progress    told after each file
     * @param cancelled   asked before each school; when it says true the batch stops with a
     *                    {@link CancellationException} (files already written stay)
     * @throws AccessDeniedException when {@code actor} may not export; nothing is read or written
     * @throws RosterExportException for a month outside the school calendar, an unknown school code, a
     *                               folder that cannot be written, or a failed write
     */
    public RosterExportResult exportMonth(YearMonth month, List<String> schoolCodes, Path folder, boolean combined,
                                          RosterExportProgress progress, BooleanSupplier cancelled, Actor actor) {
        ExportAudit.require(actor);
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(folder, "folder");
        long start = System.nanoTime();
        checkMonth(month);
        checkFolder(folder);
        RosterSnapshot snapshot = rosterService.loadSnapshot(RosterMonth.period(month));
        UnitContacts unit = unitContacts();
        RosterMonth roster = new RosterMonth(snapshot, month);
        List<School> schools = select(roster, schoolCodes);
        LocalDate today = LocalDate.now(clock);
        List<RosterPage> pages;
        Optional<Path> combinedFile = Optional.empty();
        try {
            pages = renderAll(roster, schools, unit, today, folder, progress, cancelled);
            if (combined) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Cancelled before the combined PDF");
                }
                Path target = folder.resolve(combinedFileName(month));
                writeAtomically(target, out -> renderer.write(pages, out));
                combinedFile = Optional.of(target);
            }
        } catch (CancellationException e) {
            // The files written before the cancel stay on disk: they left the desk too.
            ExportAudit.record(database, actor, "roster-pdf " + month, AuditLog.state("folder", folder.toAbsolutePath(),
                    "schools_asked", schools.size(), "cancelled", true));
            throw e;
        }
        List<Path> files = pages.stream().map(p -> folder.resolve(p.fileName())).toList();
        long nineOneOne = pages.stream().mapToLong(RosterPage::nineOneOneDays).sum();
        ExportAudit.record(database, actor, "roster-pdf " + month, AuditLog.state("folder", folder.toAbsolutePath(),
                "school_pdfs", files.size(), "combined", combinedFile.map(p -> p.getFileName().toString()).orElse(""),
                "schools", schools.stream().map(School::code).collect(java.util.stream.Collectors.joining(","))));
        return new RosterExportResult(month, folder, files, combinedFile, nineOneOne,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private List<RosterPage> renderAll(RosterMonth roster, List<School> schools, UnitContacts unit, LocalDate today,
                                       Path folder, RosterExportProgress progress, BooleanSupplier cancelled) {
        AtomicInteger done = new AtomicInteger();
        int pool = Math.min(threads, schools.size());
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread thread = new Thread(r, "roster-pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RosterPage>> futures = new ArrayList<>(schools.size());
            for (School school : schools) {
                futures.add(executor.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("Cancelled");
                    }
                    RosterPage page = roster.page(school, unit, today);
                    writeAtomically(folder.resolve(page.fileName()), out -> renderer.write(page, out));
                    synchronized (progress) {
                        progress.written(done.incrementAndGet(), schools.size(), school.code());
                    }
                    return page;
                }));
            }
            List<RosterPage> pages = new ArrayList<>(schools.size());
            for (Future<RosterPage> future : futures) {
                pages.add(future.get());
            }
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted after " + done.get() + " of " + schools.size() + " files");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException) {
                throw new CancellationException("Cancelled after " + done.get() + " of " + schools.size()
                        + " files; the files already written stay in " + folder.toAbsolutePath());
            }
            if (cause instanceof RosterExportException export) {
                throw export;
            }
            throw new RosterExportException(Problem.WRITE_FAILED, "A roster could not be drawn: " + cause, cause);
        } finally {
            executor.shutdownNow();
        }
    }

    private void checkMonth(YearMonth month) {
        SchoolCalendar calendar = rosterService.calendar();
        DateRange range = RosterMonth.period(month);
        boolean known = range.stream().anyMatch(calendar::isKnown);
        if (!known) {
            String published = calendar.knownRange()
                    .map(r -> "; the published calendar runs from " + YearMonth.from(r.start()) + " to "
                            + YearMonth.from(r.end()))
                    .orElse("; no school calendar has been imported yet");
            throw new RosterExportException(Problem.BAD_MONTH,
                    "The school calendar has no days in " + month + published + ".", null);
        }
    }

    private static void checkFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".sro-desk-", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new RosterExportException(Problem.FOLDER_NOT_WRITABLE,
                    "The folder " + folder.toAbsolutePath() + " cannot be written: " + reason(e), e);
        }
    }

    /** The operating system's reason in words: "permission denied", "not a directory", … */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way.";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + ".";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static List<School> select(RosterMonth roster, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            List<School> all = roster.schools();
            if (all.isEmpty()) {
                throw new RosterExportException(Problem.UNKNOWN_SCHOOL, "The district has no schools to export.", null);
            }
            return all;
        }
        Set<String> unique = new LinkedHashSet<>();
        codes.forEach(code -> unique.add(code.strip()));
        List<School> selected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : unique) {
            roster.school(code).or(() -> roster.school(code.toUpperCase(java.util.Locale.ROOT)))
                    .ifPresentOrElse(selected::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new RosterExportException(Problem.UNKNOWN_SCHOOL, (unknown.size() == 1
                    ? "No school has the code " : "No schools have the codes ") + String.join(", ", unknown)
                    + ". Nothing was exported.", null);
        }
        return selected;
    }

    private UnitContacts unitContacts() {
        return database.withHandle(handle -> {
            SettingsDao settings = handle.attach(SettingsDao.class);
            return new UnitContacts(
                    settings.find("district.name").orElse(""),
                    settings.find("unit.name").orElse("School Resource Officer Unit"),
                    settings.find("unit.sergeant.name").orElse(""),
                    settings.find("unit.sergeant.phone").orElse(""),
                    settings.find("unit.sergeant.email").orElse(""),
                    settings.find("unit.commander.name").orElse(""));
        });
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to the target and moves into place, so a reader never sees half a PDF. */
    private static void writeAtomically(Path target, Writer writer) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                writer.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed; report that
            }
            throw new RosterExportException(Problem.WRITE_FAILED,
                    "Could not write " + target.toAbsolutePath() + ": " + reason(e), e);
        }
    }
}
