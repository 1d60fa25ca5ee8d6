package org.srodesk.export.review;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.srodesk.domain.compliance.MonthNames;
import org.srodesk.export.pdf.RosterFonts;
import org.srodesk.domain.compliance.ProgramReview;
import org.srodesk.domain.compliance.SessionTopic;
import org.srodesk.theme.StatusPalette;

/**
 * Prints a {@link ProgramReview} as the district's annual program review: headcount by role through
 * the year, per school the days with its SRO / a covering rover / no SRO and the calls for service,
 * training completion per required course, unit-meeting attendance, and the activity the monthly logs
 * report. Status colours come from {@link StatusPalette}, as on the screens and the roster PDFs.
 */
public final class ReviewPdfRenderer {

    /** Writes the review to {@code out}; returns the number of pages. */
    public int write(ProgramReview review, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("SRO program review " + review.year().label());
            info.setSubject(review.districtName());
            info.setCreator("SRO Desk");
            RosterFonts fonts = RosterFonts.load(document);
            int pages;
            try (ReviewPageWriter page = new ReviewPageWriter(document, fonts,
                    "SRO program review " + review.year().label() + " — " + review.districtName())) {
                page.title("SRO program — annual review " + review.year().label(),
                        review.districtName() + " · figures from " + review.year().start() + " to " + review.asOf());
                page.paragraph(review.unitName());
                summary(page, review);
                headcount(page, review);
                schools(page, review);
                training(page, review);
                activity(page, review);
                pages = page.pages();
            }
            document.save(out);
            return pages;
        }
    }

    private static void summary(ReviewPageWriter page, ProgramReview review) throws IOException {
        int days = review.schools().stream().mapToInt(ProgramReview.SchoolDays::schoolDays).max().orElse(0);
        int withSro = review.schools().stream().mapToInt(ProgramReview.SchoolDays::withSro).sum();
        int rover = review.schools().stream().mapToInt(ProgramReview.SchoolDays::withRover).sum();
        int none = review.schools().stream().mapToInt(ProgramReview.SchoolDays::withoutSro).sum();
        int total = Math.max(1, withSro + rover + none);
        page.heading("Summary");
        page.paragraph(String.format(Locale.US, "%d school days. At the %d schools with an SRO post, %s of school days "
                        + "had their own SRO, %s a covering rover and %s no SRO (the school calls 911). "
                        + "%,d calls for service at all schools. Unit meeting attendance %s over %d meetings. "
                        + "%,d informational sessions reported in %d of %d expected monthly logs.",
                days, review.schools().size(), pct(withSro, total), pct(rover, total), pct(none, total),
                review.totalCalls(), review.attendance().percent(), review.meetingsHeld(), review.totalSessions(),
                review.logsReceived(), review.logsExpected()));
        StatusPalette palette = StatusPalette.standard();
        page.stackedBar(new float[] {(float) withSro / total, (float) rover / total, (float) none / total},
                new Color[] {colour(palette, "-sro-status-at-school"), colour(palette, "-sro-status-covering"),
                        colour(palette, StatusPalette.NO_SRO)},
                "Own SRO " + pct(withSro, total) + "   ·   Covering rover " + pct(rover, total) + "   ·   No SRO (911) "
                        + pct(none, total));
    }

    private static void headcount(ReviewPageWriter page, ProgramReview review) throws IOException {
        page.heading("SRO headcount by role through the year");
        List<String[]> rows = new ArrayList<>();
        for (ProgramReview.HeadcountMonth m : review.headcount()) {
            rows.add(new String[] {MonthNames.of(m.month()), Integer.toString(m.primarySros()),
                    Integer.toString(m.rovers()), Integer.toString(m.primarySros() + m.rovers()),
                    String.format(Locale.US, "%.1f", m.averageOnDuty())});
        }
        page.table(new String[] {"Month", "Primary SROs", "Rovers", "Total", "On duty per school day"},
                new float[] {0.28f, 0.17f, 0.15f, 0.15f, 0.25f}, new boolean[] {false, true, true, true, true}, rows);
    }

    private static void schools(ReviewPageWriter page, ProgramReview review) throws IOException {
        page.heading("School days by who was there, and calls for service");
        List<String[]> rows = new ArrayList<>();
        for (ProgramReview.SchoolDays s : review.schools()) {
            rows.add(new String[] {s.code(), s.name(), Integer.toString(s.schoolDays()), Integer.toString(s.withSro()),
                    Integer.toString(s.withRover()), Integer.toString(s.withoutSro()), String.format(Locale.US, "%,d", s.calls())});
        }
        page.table(new String[] {"Code", "School", "Days", "Own SRO", "Rover", "No SRO", "Calls"},
                new float[] {0.08f, 0.42f, 0.09f, 0.11f, 0.1f, 0.1f, 0.1f},
                new boolean[] {false, false, true, true, true, true, true}, rows);
        page.paragraph(String.format(Locale.US, "Calls for service at all of the district's schools, with or "
                + "without an SRO post: %,d.", review.totalCalls()));
    }

    private static void training(ReviewPageWriter page, ProgramReview review) throws IOException {
        page.heading("Training completion per required course");
        List<String[]> rows = new ArrayList<>();
        for (ProgramReview.CourseCompletion c : review.training()) {
            rows.add(new String[] {c.course(), "every " + c.renewalMonths() + " months",
                    c.current() + " of " + c.officers(), pct(c.current(), Math.max(1, c.officers())),
                    Integer.toString(c.completionsInYear()), String.format(Locale.US, "%.1f", c.hoursInYear())});
        }
        page.table(new String[] {"Course", "Renewal", "Current", "Rate", "Taken in year", "Hours"},
                new float[] {0.27f, 0.17f, 0.14f, 0.1f, 0.18f, 0.14f},
                new boolean[] {false, false, true, true, true, true}, rows);
    }

    private static void activity(ReviewPageWriter page, ProgramReview review) throws IOException {
        page.heading("Unit meetings and monthly logs");
        page.table(new String[] {"Measure", "Figure"}, new float[] {0.7f, 0.3f}, new boolean[] {false, true}, List.of(
                new String[] {"Mandatory unit meetings held", Integer.toString(review.meetingsHeld())},
                new String[] {"Attendance recorded (present / absent)", review.attendance().present() + " / "
                        + review.attendance().absent()},
                new String[] {"Meeting attendance rate", review.attendance().percent()},
                new String[] {"Monthly logs received / expected", review.logsReceived() + " / " + review.logsExpected()}));
        page.heading("Informational sessions by topic (from the monthly logs)");
        List<String[]> rows = new ArrayList<>();
        for (SessionTopic topic : SessionTopic.values()) {
            rows.add(new String[] {topic.label(), String.format(Locale.US, "%,d", review.sessions().get(topic))});
        }
        rows.add(new String[] {"All topics", String.format(Locale.US, "%,d", review.totalSessions())});
        rows.add(new String[] {"Problem Pupil Committee meetings", String.format(Locale.US, "%,d", review.otherActivity().ppcMeetings())});
        rows.add(new String[] {"PTA / school advisory council meetings", String.format(Locale.US, "%,d", review.otherActivity().ptaMeetings())});
        rows.add(new String[] {"Reports taken for the district", String.format(Locale.US, "%,d", review.otherActivity().reportsTaken())});
        page.table(new String[] {"Topic / activity", "Count"}, new float[] {0.7f, 0.3f}, new boolean[] {false, true}, rows);
    }

    private static String pct(int part, int whole) {
        return String.format(Locale.US, "%.1f %%", 100.0 * part / whole);
    }

    private static Color colour(StatusPalette palette, String name) {
        return new Color(palette.rgb(name));
    }
}
