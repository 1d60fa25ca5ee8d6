package org.srodesk.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoTierTest {

    @Test
    void parseIgnoresCaseAndSurroundingBlanks() {
        assertEquals(DemoTier.SMALL, DemoTier.parse("small"));
        assertEquals(DemoTier.MEDIUM, DemoTier.parse(" Medium "));
        assertEquals(DemoTier.LARGE, DemoTier.parse("LARGE"));
        assertEquals(DemoTier.XL, DemoTier.parse("xL"));
    }

    @Test
    void parseOfAnUnknownTierNamesTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoTier.parse("huge"));
        assertTrue(e.getMessage().contains("huge"), e.getMessage());
        assertTrue(e.getMessage().contains("small, medium, large, xl"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DemoTier.parse(null));
    }

    @Test
    void idIsTheLowerCaseCommandLineName() {
        assertEquals("small", DemoTier.SMALL.id());
        assertEquals("xl", DemoTier.XL.id());
    }
}
