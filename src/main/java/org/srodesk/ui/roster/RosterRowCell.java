package org.srodesk.ui.roster;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.srodesk.domain.DayStatus;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.domain.roster.RosterRow;
import org.srodesk.theme.StatusPalette;

/**
 * One officer's row in the {@link RosterGrid}: name, badge, role and home school frozen on the
 * left, then one cell per day showing the {@link DayStatus} short label in its status colour.
 * Reused by the list as the user scrolls; only visible rows exist.
 */
final class RosterRowCell extends ListCell<RosterRow> {

    static final PseudoClass NON_SESSION = PseudoClass.getPseudoClass("non-session");
    static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("in-selection");
    static final PseudoClass FOCUS = PseudoClass.getPseudoClass("focus-cell");

    private final RosterGrid grid;
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label post = new Label();
    private final DayStrip strip;
    private final Tooltip tooltip = new Tooltip();

    RosterRowCell(RosterGrid grid) {
        this.grid = grid;
        getStyleClass().add("roster-row-cell");
        name.getStyleClass().add("roster-officer-name");
        badge.getStyleClass().add("roster-officer-badge");
        post.getStyleClass().add("roster-officer-post");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        badge.setMinWidth(44);
        post.setMinWidth(44);
        post.setPrefWidth(44);
        HBox officer = new HBox(6, name, badge, post);
        officer.getStyleClass().add("roster-officer");
        strip = new DayStrip(officer, RosterGrid.FROZEN_WIDTH, grid.horizontalOffsetProperty(), grid.dayWidthProperty());
        setText(null);
        strip.setOnMousePressed(event -> {
            if (isEmpty()) {
                return;
            }
            int at = columnAt(event.getX());
            int column = at < 0 ? Math.max(0, grid.getSelection().focusColumn()) : at;
            grid.cellPressed(getIndex(), Math.min(column, strip.cells().size() - 1), event.isShiftDown(),
                    event.getClickCount());
        });
        Tooltip.install(strip, tooltip);
        strip.setOnMouseMoved(event -> {
            int column = columnAt(event.getX());
            RosterRow row = getItem();
            RosterModel model = grid.getModel();
            if (row != null && model != null && column >= 0 && column < row.dayCount() && column < model.days().size()) {
                tooltip.setText(row.officer().sortName() + " · " + model.days().get(column) + " · "
                        + row.status(column).shortLabel());
            } else if (row != null) {
                tooltip.setText(row.officer().displayName() + " · badge " + row.officer().badge());
            }
        });
        visibleProperty().addListener((o, was, now) -> applyIds());
        grid.register(this);
    }

    private int columnAt(double x) {
        double inDays = x - RosterGrid.FROZEN_WIDTH;
        return inDays < 0 ? -1 : (int) ((inDays + grid.horizontalOffsetProperty().get()) / grid.dayWidthProperty().get());
    }

    @Override
    protected void updateItem(RosterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            strip.cells(0);
            return;
        }
        name.setText(row.officer().sortName());
        badge.setText("#" + row.officer().badge());
        post.setText(row.officer().isRover() ? "Rover" : row.homeSchoolCode());
        List<Label> cells = strip.cells(row.dayCount(), "roster-cell", "sro-status-cell");
        RosterModel model = grid.getModel();
        int today = grid.todayIndex();
        for (int d = 0; d < cells.size(); d++) {
            Label cell = cells.get(d);
            DayStatus status = row.status(d);
            cell.setText(status.shortLabel());
            setKindClass(cell, StatusPalette.styleClass(status.kind()));
            boolean inSession = model != null && d < model.days().size() && model.isInSession(d);
            cell.pseudoClassStateChanged(NON_SESSION, !inSession);
            cell.pseudoClassStateChanged(TODAY, d == today);
        }
        applyIds();
        updateSelection();
        setGraphic(strip);
    }

    /**
     * Node ids "cell-{officerId}-{date}" for the day cells of a shown row, so each officer-day is
     * findable (tests, accessibility tools); spare cells the list keeps hidden carry none, so ids
     * stay unique.
     */
    private void applyIds() {
        RosterRow row = getItem();
        RosterModel model = grid.getModel();
        boolean shown = isVisible() && !isEmpty() && row != null && model != null;
        List<Label> cells = strip.cells();
        for (int d = 0; d < cells.size(); d++) {
            cells.get(d).setId(shown && d < model.days().size()
                    ? "cell-" + row.officer().id() + "-" + model.days().get(d) : null);
        }
    }

    /** Re-applies the selection highlight without touching the texts. */
    void updateSelection() {
        int row = getIndex();
        GridSelection selection = grid.getSelection();
        List<Label> cells = strip.cells();
        boolean rowInSelection = !isEmpty() && row >= selection.firstRow() && row <= selection.lastRow();
        pseudoClassStateChanged(SELECTED, rowInSelection);
        for (int d = 0; d < cells.size(); d++) {
            Label cell = cells.get(d);
            cell.pseudoClassStateChanged(SELECTED, !isEmpty() && selection.contains(row, d));
            cell.pseudoClassStateChanged(FOCUS, !isEmpty() && selection.focusRow() == row && selection.focusColumn() == d);
        }
    }

    private static void setKindClass(Label cell, String kindClass) {
        var classes = cell.getStyleClass();
        // Classes: [roster-cell, sro-status-cell, <kind>] — replace the third in place.
        if (classes.size() == 3) {
            if (!classes.get(2).equals(kindClass)) {
                classes.set(2, kindClass);
            }
        } else {
            classes.add(kindClass);
        }
    }

    DayStrip strip() {
        return strip;
    }
}
