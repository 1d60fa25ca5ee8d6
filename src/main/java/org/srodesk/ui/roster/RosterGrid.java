package org.srodesk.ui.roster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.srodesk.domain.roster.RosterModel;
import org.srodesk.domain.roster.RosterRow;

/**
 * The roster's virtualized officers × days grid. Vertically it is a {@link ListView} with a fixed
 * row height, so only the rows in view exist (about forty, whether the roster has 10 officers or
 * 5,000); each row lays out its officer part frozen on the left and its day cells under a clip.
 * The date header and the unit totals stay put above and below; one horizontal scroll bar moves
 * the day cells of every line together.
 *
 * <p>The grid only shows: the selection is a property the view model owns, and pressing a cell
 * is reported through {@link #setOnCellPressed}.
 */
public final class RosterGrid extends BorderPane {

    /** Width of the frozen officer column. */
    public static final double FROZEN_WIDTH = 240;
    /** Row height; fixed, so the list can virtualize without measuring rows. */
    public static final double ROW_HEIGHT = 28;

    /** Receives presses on a day cell: row and column of the visible grid, Shift, click count. */
    @FunctionalInterface
    public interface CellPressHandler {
        void pressed(int row, int column, boolean extend, int clickCount);
    }

    private final ObjectProperty<RosterModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<GridSelection> selection =
            new SimpleObjectProperty<>(this, "selection", GridSelection.NONE);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final DoubleProperty dayWidth = new SimpleDoubleProperty(this, "dayWidth", 64);
    private final DoubleProperty horizontalOffset = new SimpleDoubleProperty(this, "horizontalOffset", 0);
    private final ListView<RosterRow> list = new ListView<>();
    private final RosterGridHeader header;
    private final RosterTotals totals;
    private final ScrollBar horizontalBar = new ScrollBar();
    private final Set<RosterRowCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private CellPressHandler onCellPressed = (row, column, extend, clicks) -> { };

    public RosterGrid() {
        getStyleClass().add("roster-grid");
        list.getStyleClass().add("roster-rows");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(view -> new RosterRowCell(this));
        list.setFocusTraversable(false);
        header = new RosterGridHeader(this);
        totals = new RosterTotals(this);
        horizontalBar.setOrientation(Orientation.HORIZONTAL);
        horizontalBar.getStyleClass().add("roster-hbar");
        horizontalOffset.bind(horizontalBar.valueProperty());
        setTop(header);
        setCenter(list);
        setBottom(new VBox(totals, horizontalBar));
        setFocusTraversable(true);

        model.addListener((o, old, now) -> {
            header.rebuild();
            totals.rebuild();
            updateHorizontalRange();
        });
        today.addListener((o, a, b) -> {
            header.rebuild();
            totals.rebuild();
            list.refresh();
        });
        dayWidth.addListener((o, a, b) -> updateHorizontalRange());
        widthProperty().addListener((o, a, b) -> updateHorizontalRange());
        selection.addListener((o, old, now) -> {
            for (RosterRowCell cell : cells) {
                cell.updateSelection();
            }
        });
        addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
                double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
                horizontalBar.setValue(clamp(horizontalBar.getValue() - delta));
                event.consume();
            }
        });
    }

    private double daysViewportWidth() {
        return Math.max(0, getWidth() - FROZEN_WIDTH - 16);
    }

    private void updateHorizontalRange() {
        RosterModel current = model.get();
        double total = current == null ? 0 : current.days().size() * dayWidth.get();
        double max = Math.max(0, total - daysViewportWidth());
        horizontalBar.setMax(max);
        horizontalBar.setVisibleAmount(max == 0 ? 1 : daysViewportWidth() * max / total);
        horizontalBar.setUnitIncrement(dayWidth.get());
        horizontalBar.setBlockIncrement(daysViewportWidth());
        horizontalBar.setValue(clamp(horizontalBar.getValue()));
        horizontalBar.setVisible(max > 0);
        horizontalBar.setManaged(max > 0);
    }

    private double clamp(double value) {
        return Math.max(0, Math.min(horizontalBar.getMax(), value));
    }

    /** Scrolls so the focus cell of the selection is in view, moving as little as possible. */
    public void revealFocus() {
        GridSelection current = selection.get();
        if (current.isEmpty()) {
            return;
        }
        if (list.getSkin() != null && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(current.focusRow());
        } else {
            list.scrollTo(current.focusRow());
        }
        double left = current.focusColumn() * dayWidth.get();
        double right = left + dayWidth.get();
        double viewport = daysViewportWidth();
        if (left < horizontalBar.getValue()) {
            horizontalBar.setValue(clamp(left));
        } else if (right > horizontalBar.getValue() + viewport) {
            // Show the next day too when there is one: context for the day in focus.
            horizontalBar.setValue(clamp(Math.min(right + dayWidth.get(), left + viewport) - viewport));
        }
    }

    /** Rows to show; the grid keeps the list, it does not copy it. */
    public void setItems(ObservableList<RosterRow> rows) {
        list.setItems(rows);
    }

    /** The menu of the officer rows (right-click, or the context-menu key). */
    public void setRowContextMenu(javafx.scene.control.ContextMenu menu) {
        list.setContextMenu(menu);
    }

    public void setOnCellPressed(CellPressHandler handler) {
        onCellPressed = handler;
    }

    void cellPressed(int row, int column, boolean extend, int clickCount) {
        requestFocus();
        onCellPressed.pressed(row, column, extend, clickCount);
    }

    void register(RosterRowCell cell) {
        cells.add(cell);
    }

    /** The day cells that exist in the rows right now: what virtualization keeps small. */
    public int builtDayCellCount() {
        int count = 0;
        for (RosterRowCell cell : cells) {
            if (cell.getParent() != null) {
                count += cell.strip().cells().size();
            }
        }
        return count;
    }

    /** Row cells created by the list so far (visible ones plus a few spares). */
    public int builtRowCount() {
        return (int) cells.stream().filter(c -> c.getParent() != null).count();
    }

    int todayIndex() {
        RosterModel current = model.get();
        return current == null || today.get() == null ? -1 : current.indexOf(today.get());
    }

    List<Label> headerCells() {
        return header.strip().cells();
    }

    ListView<RosterRow> list() {
        return list;
    }

    public ObjectProperty<RosterModel> modelProperty() {
        return model;
    }

    public RosterModel getModel() {
        return model.get();
    }

    public void setModel(RosterModel value) {
        model.set(value);
    }

    public ObjectProperty<GridSelection> selectionProperty() {
        return selection;
    }

    public GridSelection getSelection() {
        return selection.get();
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public DoubleProperty dayWidthProperty() {
        return dayWidth;
    }

    DoubleProperty horizontalOffsetProperty() {
        return horizontalOffset;
    }
}
