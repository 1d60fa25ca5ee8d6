package org.srodesk.service.compliance;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.domain.compliance.TrainingState;
import org.srodesk.service.RosterService;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;

/** Training on a real H2 database; "today" is 1 February 2026. */
class TrainingServiceTest {

    @TempDir
    Path folder;

    private final ComplianceFixture fixture = new ComplianceFixture();
    private final TrainingService training = fixture.services.training();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMigrationSeedsTheThreeContractCoursesWithTheirRenewalPeriods() {
        assertEquals(List.of("Child development/24", "Cultural competency/12", "Restorative justice/24"),
                training.courses().stream().map(c -> c.name() + "/" + c.renewalMonths()).toList());
    }

    @Test
    void aCompletionInTheFutureIsRefusedNextToTheDateAndNothingIsWritten() {
        ValidationException refused = assertThrows(ValidationException.class, () -> training.recordCompletion(
                fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2026, 2, 2), "8"), TimeOffFixture.SERGEANT));
        assertTrue(refused.byField().get(CompletionDraft.DATE).contains("in the future"), refused.getMessage());
        assertEquals(0, fixture.count("training_completion"));
    }

    @Test
    void anUnknownOfficerOrCourseAndBadHoursAreEachNamed() {
        CompletionDraft draft = new CompletionDraft(999L, 998L, LocalDate.of(2026, 1, 5), new BigDecimal("-2"), "", "", false);
        Map<String, String> errors = assertThrows(ValidationException.class,
                () -> training.recordCompletion(draft, TimeOffFixture.SERGEANT)).byField();
        assertEquals("There is no officer with id 999.", errors.get(CompletionDraft.OFFICER));
        assertEquals("There is no course with id 998.", errors.get(CompletionDraft.COURSE));
        assertEquals("Hours are between 0.5 and 200.", errors.get(CompletionDraft.HOURS));
        assertEquals(0, fixture.count("training_completion"));
    }

    @Test
    void theTrainingDayGoesOnTheRosterAsApprovedTrainingTimeOffWithItsHistory() {
        LocalDate day = LocalDate.of(2026, 1, 14);
        CompletionDraft draft = fixture.completion(fixture.lee, "RESTORATIVE", day, "7.5");
        training.recordCompletion(new CompletionDraft(draft.officerId(), draft.courseId(), day, draft.hours(),
                "Restorative Practices MN", "Cert. RJ-1", true), TimeOffFixture.SERGEANT);
        DayStatus status = new RosterService(fixture.district.database).loadSnapshot(DateRange.day(day))
                .statusOf(fixture.lee, day);
        assertEquals(DayStatusKind.TIME_OFF, status.kind());
        assertEquals(TimeOffKind.TRAINING, status.timeOffKind());
        assertEquals(2, fixture.count("time_off_decision"), "entered and approved, like sick leave");
        assertEquals(1, fixture.count("training_completion"));
    }

    @Test
    void theSameCompletionTwiceIsRefused() {
        training.recordCompletion(fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2026, 1, 5), "8"),
                TimeOffFixture.SERGEANT);
        assertThrows(ValidationException.class, () -> training.recordCompletion(
                fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2026, 1, 5), "8"), TimeOffFixture.SERGEANT));
        assertEquals(1, fixture.count("training_completion"));
    }

    @Test
    void theMatrixShowsEachOfficerAgainstEachRequiredCourseAndExportsAsCsv() throws Exception {
        training.recordCompletion(fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2025, 1, 10), "8"),
                TimeOffFixture.SERGEANT);
        training.recordCompletion(fixture.completion(fixture.lee, "CHILD_DEV", LocalDate.of(2025, 2, 20), "16"),
                TimeOffFixture.SERGEANT);
        TrainingMatrix matrix = training.matrix();
        assertEquals(3, matrix.courses().size());
        TrainingMatrix.Row lee = matrix.rows().stream().filter(r -> r.officer().id() == fixture.lee).findFirst().orElseThrow();
        assertEquals("Central High", lee.school());
        // child development: renew by 2027-02-20 (current); cultural: renew by 2026-01-10 (overdue); restorative: missing
        assertEquals(List.of(TrainingState.CURRENT, TrainingState.OVERDUE, TrainingState.MISSING),
                lee.standings().stream().map(s -> s.state()).toList());

        Path csv = folder.resolve("matrix.csv");
        assertEquals(1, training.writeMatrixCsv(matrix, List.of(lee), csv, Actors.SERGEANT));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("badge,officer,role,school,Child development — state"), lines.get(0));
        assertTrue(lines.get(1).startsWith("4127,\"Lee, Pat\",Primary SRO,Central High,Done,2025-02-20,2027-02-20,Overdue,"),
                lines.get(1));
    }

    @Test
    void theDepartmentCanAddItsOwnCourseButNotTwiceUnderOneName() {
        TrainingCourse added = training.addCourse("cit", "Crisis intervention team", 36, TimeOffFixture.SERGEANT);
        assertEquals("CIT", added.code());
        assertEquals(4, training.matrix().courses().size());
        assertThrows(ValidationException.class,
                () -> training.addCourse("CIT2", "crisis intervention team", 12, TimeOffFixture.SERGEANT));
        assertEquals("Renewal is between 1 and 120 months.", assertThrows(ValidationException.class,
                () -> training.addCourse("X1", "X", 0, TimeOffFixture.SERGEANT)).byField().get("renewal"));
    }
}
