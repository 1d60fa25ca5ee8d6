package org.srodesk.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingRuleTest {

    private static final TrainingCourse CULTURAL = new TrainingCourse(2, "CULTURAL", "Cultural competency", 12, true);
    private static final TrainingCourse MONTHLY = new TrainingCourse(9, "DRILL", "Drill", 1, true);

    private static TrainingCompletion done(TrainingCourse course, LocalDate day) {
        return new TrainingCompletion(0, 1, course.id(), day, BigDecimal.ONE, "", "", "sgt", Instant.EPOCH);
    }

    private static TrainingState state(List<TrainingCompletion> completions, LocalDate today) {
        return TrainingRule.standing(CULTURAL, completions, today, 60).state();
    }

    @Test
    void aCourseIsCurrentThroughItsRenewalDayAndOverdueTheDayAfter() {
        List<TrainingCompletion> once = List.of(done(CULTURAL, LocalDate.of(2025, 3, 15)));
        assertEquals(LocalDate.of(2026, 3, 15), TrainingRule.standing(CULTURAL, once, LocalDate.of(2026, 3, 15), 60).renewBy());
        assertEquals(TrainingState.DUE_SOON, state(once, LocalDate.of(2026, 3, 15)));
        assertEquals(TrainingState.OVERDUE, state(once, LocalDate.of(2026, 3, 16)));
    }

    @Test
    void dueSoonStartsExactlyTheGivenNumberOfDaysBeforeTheRenewalDay() {
        List<TrainingCompletion> once = List.of(done(CULTURAL, LocalDate.of(2025, 3, 15)));
        // 2026-03-15 minus 60 days is 2026-01-14
        assertEquals(TrainingState.CURRENT, state(once, LocalDate.of(2026, 1, 13)));
        assertEquals(TrainingState.DUE_SOON, state(once, LocalDate.of(2026, 1, 14)));
    }

    @Test
    void aRenewalFromTheEndOfALongMonthFallsOnTheLastDayOfAShortOne() {
        TrainingStanding standing = TrainingRule.standing(MONTHLY, List.of(done(MONTHLY, LocalDate.of(2025, 1, 31))),
                LocalDate.of(2025, 3, 1), 0);
        assertEquals(LocalDate.of(2025, 2, 28), standing.renewBy());
        assertEquals(TrainingState.OVERDUE, standing.state());
    }

    @Test
    void theLatestCompletionCountsAndOneDatedAfterTodayDoesNot() {
        List<TrainingCompletion> twice = List.of(done(CULTURAL, LocalDate.of(2024, 2, 1)),
                done(CULTURAL, LocalDate.of(2025, 6, 1)), done(CULTURAL, LocalDate.of(2026, 9, 1)));
        TrainingStanding standing = TrainingRule.standing(CULTURAL, twice, LocalDate.of(2026, 1, 1), 60);
        assertEquals(LocalDate.of(2025, 6, 1), standing.lastCompleted());
        assertEquals(TrainingState.CURRENT, standing.state());
    }

    @Test
    void withoutAnyCompletionOfThisCourseItIsMissing() {
        TrainingStanding standing = TrainingRule.standing(CULTURAL, List.of(done(MONTHLY, LocalDate.of(2025, 6, 1))),
                LocalDate.of(2026, 1, 1), 60);
        assertEquals(TrainingState.MISSING, standing.state());
        assertNull(standing.renewBy());
    }
}
