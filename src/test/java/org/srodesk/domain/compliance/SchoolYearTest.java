package org.srodesk.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromJulyToJune() {
        SchoolYear year = SchoolYear.parse(" 2025-26 ");
        assertEquals(LocalDate.of(2025, 7, 1), year.start());
        assertEquals(LocalDate.of(2026, 6, 30), year.end());
        assertEquals("2025-26", year.label());
        assertEquals(year, SchoolYear.containing(LocalDate.of(2026, 6, 30)));
        assertEquals(new SchoolYear(2026), SchoolYear.containing(LocalDate.of(2026, 7, 1)));
        assertEquals("1999-00", new SchoolYear(1999).label());
    }

    @Test
    void badSchoolYearsAreRefusedWithASentence() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2025-2026")).getMessage()
                .contains("write it as 2025-26"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2025-27")).getMessage()
                .contains("2025-26"));
        assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse(""));
    }
}
