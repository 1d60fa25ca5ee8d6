package org.srodesk.ui.roster;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

    RosterRowCell(RosterGrid grid) {
        this.grid = grid;
        getStyleClass().add("roster-row-cell");
        name.getStyleClass().add("roster-officer-name");
        badge.getStyleClass().add("roster-officer-badge");
        post.getStyleClass().add("roster-officer-post");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        badge.setMinWidth(46);
        post.setMinWidth(78);
        post.setPrefWidth(78);
        HBox officer = new HBox(6, name, badge, post);
        officer.getStyleClass().add("roster-officer");
        strip = new DayStrip(officer, RosterGrid.FROZEN_WIDTH, grid.horizontalOffsetProperty(), grid.dayWidthProperty());
        setText(null);
        strip.setOnMousePressed(event -> {
            if (isEmpty()) {
                return;
            }
            double x = event.getX() - RosterGrid.FROZEN_WIDTH;
            int column = x < 0 ? Math.max(0, grid.getSelection().focusColumn())
                    : (int) ((x + grid.horizontalOffsetProperty().get()) / grid.dayWidthProperty().get());
            grid.cellPressed(getIndex(), Math.min(column, strip.cells().size() - 1), event.isShiftDown(),
                    event.getClickCount());
        });
        grid.register(this);
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
        post.setText(row.officer().isRover() ? "Rover" : "SRO · " + row.homeSchoolCode());
        List<Label> cells = strip.cells(row.dayCount(), "roster-cell", "sro-status-cell");
        RosterModel model = grid.getModel();
        int today = grid.todayIndex();
        String idPrefix = "cell-" + row.officer().id() + "-";
        for (int d = 0; d < cells.size(); d++) {
            Label cell = cells.get(d);
            DayStatus status = row.status(d);
            cell.setText(status.shortLabel());
            setKindClass(cell, StatusPalette.styleClass(status.kind()));
            boolean inSession = model != null && d < model.days().size() && model.isInSession(d);
            cell.pseudoClassStateChanged(NON_SESSION, !inSession);
            cell.pseudoClassStateChanged(TODAY, d == today);
            cell.setId(model != null && d < model.days().size() ? idPrefix + model.days().get(d) : null);
        }
        updateSelection();
        setGraphic(strip);
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
