package org.srodesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.RosterFixture.GARCIA;
import static org.srodesk.testing.RosterFixture.LEE;
import static org.srodesk.testing.RosterFixture.MARCH;
import static org.srodesk.testing.RosterFixture.NGUYEN;
import static org.srodesk.testing.RosterFixture.OKAFOR;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.testing.RosterFixture;

class CellStoryTest {

    private final RosterSnapshot snapshot = RosterFixture.snapshot(MARCH);

    private static String text(CellStory story, String heading) {
        return story.facts().stream().filter(f -> f.heading().equals(heading)).map(CellStory.Fact::text)
                .findFirst().orElse("<no " + heading + ">");
    }

    @Test
    void timeOffStoryNamesWhoDecidedAndTheRoverCovering() {
        CellStory story = CellStory.of(snapshot, LEE, LocalDate.of(2026, 3, 9));
        assertTrue(text(story, "Time off").contains("Vacation 2026-03-09 to 2026-03-13 · approved"), text(story, "Time off"));
        assertTrue(text(story, "Time off").contains("decided by Sgt. Olson"), text(story, "Time off"));
        assertTrue(text(story, "Covered by").contains("Ben Okafor"), text(story, "Covered by"));
        assertTrue(text(story, "Assignment").contains("Central High (CEN)"), text(story, "Assignment"));
    }

    @Test
    void anUncoveredHighSchoolDaySaysTheSchoolCalls911() {
        CellStory story = CellStory.of(snapshot, LEE, LocalDate.of(2026, 3, 11));
        assertTrue(text(story, "No SRO").contains("Central High has no SRO this day: the school calls 911"));
    }

    @Test
    void reassignmentStoryNamesWhoOrderedIt() {
        CellStory story = CellStory.of(snapshot, GARCIA, LocalDate.of(2026, 3, 17));
        assertEquals("REASSIGNED→Patrol", story.status().shortLabel());
        assertTrue(text(story, "Reassignment").contains("ordered by Cmdr. Hayes (order CO-2026-014)"),
                text(story, "Reassignment"));
    }

    @Test
    void coveringRoverStoryNamesTheAbsentOfficer() {
        CellStory story = CellStory.of(snapshot, OKAFOR, LocalDate.of(2026, 3, 10));
        assertTrue(text(story, "Covering").contains("Covers Central High (CEN) for Ofc. Pat Lee"), text(story, "Covering"));
    }

    @Test
    void pendingRequestIsToldButDoesNotChangeTheStatus() {
        CellStory story = CellStory.of(snapshot, NGUYEN, LocalDate.of(2026, 3, 4));
        assertEquals("JOH", story.status().shortLabel());
        assertTrue(text(story, "Time off").contains("requested"), text(story, "Time off"));
    }

    @Test
    void nonSessionDayExplainsUnitDuty() {
        CellStory story = CellStory.of(snapshot, NGUYEN, LocalDate.of(2026, 3, 24));
        assertTrue(text(story, "Day").contains("no school (Spring break)"), text(story, "Day"));
        assertTrue(text(story, "Status").startsWith("UNIT — "), text(story, "Status"));
    }
}
