package org.srodesk.ui.roster;

/**
 * A rectangular selection of roster cells: the anchor where it started and the focus cell the
 * keyboard moves. Rows index the visible (filtered) rows, columns the days of the period.
 * Immutable and toolkit-free.
 */
public record GridSelection(int anchorRow, int anchorColumn, int focusRow, int focusColumn) {

    public static final GridSelection NONE = new GridSelection(-1, -1, -1, -1);

    public static GridSelection at(int row, int column) {
        return new GridSelection(row, column, row, column);
    }

    public boolean isEmpty() {
        return focusRow < 0 || focusColumn < 0;
    }

    public int firstRow() {
        return Math.min(anchorRow, focusRow);
    }

    public int lastRow() {
        return Math.max(anchorRow, focusRow);
    }

    public int firstColumn() {
        return Math.min(anchorColumn, focusColumn);
    }

    public int lastColumn() {
        return Math.max(anchorColumn, focusColumn);
    }

    public boolean contains(int row, int column) {
        return !isEmpty() && row >= firstRow() && row <= lastRow() && column >= firstColumn() && column <= lastColumn();
    }

    /**
     * The selection after moving the focus by ({@code rows}, {@code columns}), clamped to a grid of
     * {@code rowCount} × {@code columnCount}; {@code extend} keeps the anchor (Shift+arrow).
     */
    public GridSelection moved(int rows, int columns, boolean extend, int rowCount, int columnCount) {
        if (rowCount == 0 || columnCount == 0) {
            return NONE;
        }
        if (isEmpty()) {
            return at(0, 0);
        }
        int row = clamp(focusRow + rows, rowCount);
        int column = clamp(focusColumn + columns, columnCount);
        return extend ? new GridSelection(anchorRow, anchorColumn, row, column) : at(row, column);
    }

    /** The same selection made to fit a grid that shrank (after filtering or a shorter period). */
    public GridSelection clampedTo(int rowCount, int columnCount) {
        if (isEmpty() || rowCount == 0 || columnCount == 0) {
            return rowCount == 0 || columnCount == 0 ? NONE : this;
        }
        return new GridSelection(clamp(anchorRow, rowCount), clamp(anchorColumn, columnCount),
                clamp(focusRow, rowCount), clamp(focusColumn, columnCount));
    }

    private static int clamp(int value, int count) {
        return Math.max(0, Math.min(count - 1, value));
    }
}
