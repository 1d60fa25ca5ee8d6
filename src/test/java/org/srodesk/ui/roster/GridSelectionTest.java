package org.srodesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridSelectionTest {

    @Test
    void movingFromNothingStartsAtTheFirstCell() {
        assertEquals(GridSelection.at(0, 0), GridSelection.NONE.moved(1, 1, false, 5, 31));
    }

    @Test
    void extendingKeepsTheAnchorAndCoversTheRectangle() {
        GridSelection selection = GridSelection.at(2, 3).moved(-1, 2, true, 5, 31);
        assertEquals(new GridSelection(2, 3, 1, 5), selection);
        assertTrue(selection.contains(1, 4));
        assertFalse(selection.contains(3, 4));
        assertEquals(1, selection.firstRow());
        assertEquals(5, selection.lastColumn());
    }

    @Test
    void anEmptyGridHasNoSelection() {
        assertEquals(GridSelection.NONE, GridSelection.at(1, 1).moved(0, 1, false, 0, 31));
        assertEquals(GridSelection.NONE, GridSelection.at(1, 1).clampedTo(0, 7));
    }

    @Test
    void clampingFitsAShrunkGrid() {
        assertEquals(new GridSelection(1, 6, 1, 6), new GridSelection(4, 20, 4, 30).clampedTo(2, 7));
    }
}
