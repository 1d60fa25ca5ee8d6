package org.srodesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.csv.CsvRowException;
import org.srodesk.persistence.csv.ReferenceCsvReader;
import org.srodesk.persistence.csv.ReferenceFile;

/**
 * Imports the district's reference data from a folder of CSV files (see {@link ReferenceFile} for
 * the files and their headers). Importing needs {@link Permission#SCHEDULE}, checked before a file is
 * read; an import records one summary {@code audit_log} row (IMPORT import, id the folder or file,
 * after the counts per file) in its transaction.
 */
public final class ImportService {

    /** Share of the progress bar given to reading and checking the files. */
    static final double READ_SHARE = 0.2;

    private final Database database;
    private final Clock clock;

    public ImportService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** With a clock, so that the import date and the recorded times can be fixed in tests. */
    public ImportService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports whichever of {@code schools.csv}, {@code officers.csv}, {@code calendar.csv},
     * {@code time_off.csv} and {@code calls_for_service.csv} the folder holds, in that order, in
     * <b>one transaction</b>: every file is read and checked first, and a bad row anywhere means
     * nothing at all is written.
     *
     * <p>Against data already stored:
     * <ul>
     *   <li>Schools are matched by code and officers by badge: new ones are inserted, changed ones
     *       updated (all columns), unchanged ones skipped (not written, so their version stays).</li>
     *   <li>{@code home_school} sets the officer's posting: an officer with no assignment at all gets
     *       an open-ended one from the first day of the school calendar (counting this import's
     *       calendar.csv; the import date when there is no calendar); an officer whose current
     *       assignment is to another school has it closed the day before the import date and a new one
     *       opened on the import date; an empty home school closes the officer's open assignment. A
     *       rover with a home school is refused: a rover has no home school.</li>
     *   <li>Calendar days are matched by date and updated.</li>
     *   <li>A time-off row identical to a stored request (badge, kind, start, end, status) is skipped
     *       as already imported; otherwise it is inserted as requested by {@code actor} now, and when
     *       APPROVED, DENIED or CANCELLED, as decided by {@code actor} now.</li>
     *   <li>Calls for service are matched by school and date; the count is replaced.</li>
     * </ul>
     *
     * @param folder   the folder holding the files
     * @param actor    who imports; recorded on time-off requests
     * @param progress told the step and the fraction done, per file and every few thousand rows
     * @return rows inserted, updated and skipped per file
     * @throws ImportException when the folder holds none of the files, or any file or row is refused;
     *                         the message names the file, line, column and reason
     */
    public ImportSummary importFolder(Path folder, Actor actor, ImportProgress progress) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(progress, "progress");
        ParsedFolder parsed = read(folder, progress);
        Instant now = clock.instant();
        LocalDate importDate = LocalDate.now(clock);
        try {
            ImportSummary summary = database.inTransaction(h -> audited(h, actor, folder.toAbsolutePath().toString(),
                    new ReferenceDataImport(h, parsed, actor, now, importDate, progress).run()));
            progress.update("Import finished", 1.0);
            return summary;
        } catch (JdbiException e) {
            throw new ImportException(null, 0, null,
                    "the database refused the import, nothing was written: " + e.getMessage(), e);
        }
    }

    /**
     * Imports one department CAD export in the {@code calls_for_service.csv} format
     * ({@code school_code,date,count}) whatever the file is called, with the rules of
     * {@link #importFolder}: read and checked first, then written in one transaction; a bad row
     * means nothing is written, and the message names the line and column.
     *
     * @throws ImportException when the file or a row is refused
     */
    public ImportSummary importCallsForService(Path file, Actor actor, ImportProgress progress) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(progress, "progress");
        if (!Files.isRegularFile(file)) {
            throw new ImportException(null, 0, null, "no file " + file);
        }
        progress.update("Reading " + file.getFileName(), 0.0);
        ParsedFolder parsed;
        try {
            parsed = new ParsedFolder(file.toAbsolutePath().getParent(), null, null, null, null,
                    ReferenceCsvReader.readCallsForService(file));
        } catch (CsvRowException e) {
            throw ImportException.of(e);
        }
        Instant now = clock.instant();
        LocalDate importDate = LocalDate.now(clock);
        try {
            ImportSummary summary = database.inTransaction(h -> audited(h, actor, file.toAbsolutePath().toString(),
                    new ReferenceDataImport(h, parsed, actor, now, importDate, progress).run()));
            progress.update("Import finished", 1.0);
            return summary;
        } catch (JdbiException e) {
            throw new ImportException(ReferenceFile.CALLS_FOR_SERVICE.fileName(), 0, null,
                    "the database refused the import, nothing was written: " + e.getMessage(), e);
        }
    }

    /** The import's one audit row: per file "schools.csv=3/1/0" (inserted/updated/skipped), and postings. */
    private static ImportSummary audited(Handle handle, Actor actor, String source, ImportSummary summary) {
        List<Object> state = new java.util.ArrayList<>();
        summary.files().forEach((file, c) -> {
            state.add(file);
            state.add(c.inserted() + "/" + c.updated() + "/" + c.skipped());
        });
        state.addAll(List.of("assignments_opened", summary.assignmentsOpened(),
                "assignments_closed", summary.assignmentsClosed()));
        AuditLog.record(handle, actor, "IMPORT", "import", source, "",
                "inserted/updated/skipped: " + AuditLog.state(state.toArray()));
        return summary;
    }

    private ParsedFolder read(Path folder, ImportProgress progress) {
        if (!Files.isDirectory(folder)) {
            throw new ImportException(null, 0, null, "no folder " + folder);
        }
        List<ReferenceFile> present = Arrays.stream(ReferenceFile.values())
                .filter(f -> Files.isRegularFile(folder.resolve(f.fileName())))
                .toList();
        if (present.isEmpty()) {
            throw new ImportException(null, 0, null, "no importable files in " + folder + " (expected any of "
                    + Arrays.stream(ReferenceFile.values()).map(ReferenceFile::fileName)
                            .collect(Collectors.joining(", ")) + ")");
        }
        int[] done = {0};
        try {
            return new ParsedFolder(folder,
                    readIf(folder, ReferenceFile.SCHOOLS, present, ReferenceCsvReader::readSchools, progress, done),
                    readIf(folder, ReferenceFile.OFFICERS, present, ReferenceCsvReader::readOfficers, progress, done),
                    readIf(folder, ReferenceFile.CALENDAR, present, ReferenceCsvReader::readCalendar, progress, done),
                    readIf(folder, ReferenceFile.TIME_OFF, present, ReferenceCsvReader::readTimeOff, progress, done),
                    readIf(folder, ReferenceFile.CALLS_FOR_SERVICE, present,
                            ReferenceCsvReader::readCallsForService, progress, done));
        } catch (CsvRowException e) {
            throw ImportException.of(e);
        }
    }

    private static <R> List<R> readIf(Path folder, ReferenceFile file, List<ReferenceFile> present,
                                      Function<Path, List<R>> reader, ImportProgress progress, int[] done) {
        if (!present.contains(file)) {
            return null;
        }
        progress.update("Reading " + file.fileName(), READ_SHARE * done[0] / present.size());
        List<R> rows = reader.apply(folder.resolve(file.fileName()));
        done[0]++;
        return rows;
    }
}
