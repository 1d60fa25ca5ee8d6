package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void withoutASavedPlacementTheDefaultSizeIsCentredOnThePrimaryScreen() {
        assertEquals(new Rectangle2D(320, 120, 1280, 800),
                WindowPlacement.placement(null, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aSavedPlacementOnAnAttachedScreenIsKept() {
        Rectangle2D saved = new Rectangle2D(2100, 100, 1500, 900);
        assertEquals(saved, WindowPlacement.placement(saved, List.of(LAPTOP, RIGHT_MONITOR), LAPTOP));
    }

    @Test
    void aSavedPlacementOnAScreenNoLongerAttachedFallsBackToTheCentredDefault() {
        Rectangle2D saved = new Rectangle2D(2100, 100, 1500, 900);
        assertEquals(new Rectangle2D(320, 120, 1280, 800),
                WindowPlacement.placement(saved, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToFit() {
        Rectangle2D saved = new Rectangle2D(0, 0, 2500, 1300);
        Rectangle2D placed = WindowPlacement.placement(saved, List.of(LAPTOP), LAPTOP);
        assertEquals(1920, placed.getWidth());
        assertEquals(1040, placed.getHeight());
    }

    @Test
    void aTitleBarAboveTheScreenIsMovedBackOntoIt() {
        Rectangle2D saved = new Rectangle2D(100, -20, 1000, 700);
        assertEquals(new Rectangle2D(100, 0, 1000, 700),
                WindowPlacement.placement(saved, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void theDefaultIsShrunkOnASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 700);
        assertEquals(new Rectangle2D(0, 0, 1024, 700), WindowPlacement.placement(null, List.of(small), small));
    }
}
