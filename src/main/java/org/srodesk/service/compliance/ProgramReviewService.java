package org.srodesk.service.compliance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.compliance.ProgramReview;
import org.srodesk.domain.compliance.ProgramReviewBuilder;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.export.review.ReviewPdfRenderer;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.MeetingDao;
import org.srodesk.persistence.MonthlyLogDao;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.persistence.TrainingDao;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ExportAudit;
import org.srodesk.service.RosterService;
import org.srodesk.service.ValidationException;

/**
 * The district's annual review of the SRO program for one school year: the figures
 * ({@link #build}) and the PDF ({@link #writePdf}). Presence is read through {@link RosterService}'s
 * snapshot, so the review counts days exactly as the roster shows them. A year not in the published
 * calendar, or not yet begun, is refused with {@link ValidationException} (field {@value #YEAR}).
 */
public final class ProgramReviewService {

    public static final String YEAR = "year";

    private final Database database;
    private final RosterService roster;
    private final Clock clock;

    public ProgramReviewService(Database database, RosterService roster, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The review's figures, up to the year's last day or today, whichever comes first. */
    public ProgramReview build(SchoolYear year) {
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = roster.calendar();
        if (calendar.knownRange().isEmpty() || !calendar.knownRange().get().overlaps(year.range())) {
            throw new ValidationException(YEAR, "The school year " + year.label() + " is not in the school calendar"
                    + calendar.knownRange().map(r -> " (which runs " + r.start() + " to " + r.end() + ")").orElse("") + ".");
        }
        if (year.start().isAfter(today)) {
            throw new ValidationException(YEAR, "The school year " + year.label() + " has not begun yet.");
        }
        LocalDate asOf = year.end().isBefore(today) ? year.end() : today;
        DateRange counted = new DateRange(year.start(), asOf);
        RosterSnapshot snapshot = roster.loadSnapshot(counted);
        return database.inTransaction(handle -> {
            SettingsDao settings = handle.attach(SettingsDao.class);
            MeetingDao meetings = handle.attach(MeetingDao.class);
            return ProgramReviewBuilder.build(new ProgramReviewBuilder.Inputs(year,
                    settings.find("district.name").orElse("School district"),
                    settings.find("unit.name").orElse("School Resource Officer Unit"), asOf, snapshot,
                    handle.attach(CallsForServiceDao.class).findBetween(counted.start(), counted.end()),
                    handle.attach(TrainingDao.class).findCourses(),
                    handle.attach(TrainingDao.class).findCompletions(),
                    meetings.findMandatoryBetween(counted.start(), counted.end()).size(),
                    meetings.findAttendanceBetween(counted.start(), counted.end()),
                    handle.attach(MonthlyLogDao.class).findBetween(counted.start(), counted.end()),
                    ComplianceSettings.read(handle).dueSoonDays()));
        });
    }

    /**
     * Builds the review and writes it as a PDF to {@code file} (replacing it); returns the page count. The
     * review leaves the desk: needs the export permission, and is recorded ({@link ExportAudit}).
     */
    public int writePdf(SchoolYear year, Path file, Actor actor) {
        ExportAudit.require(actor);
        ProgramReview review = build(year);
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Path partial = Files.createTempFile(folder, "review", ".pdf.part");
            try {
                int pages;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    pages = new ReviewPdfRenderer().write(review, out);
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                ExportAudit.record(database, actor, "program-review " + year.label(),
                        AuditLog.state("file", file.toAbsolutePath(), "pages", pages));
                return pages;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
