package org.srodesk.ui.roster;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One line of the roster grid — header, officer row or total — laid out as a frozen part on the
 * left (officer, or a caption) and a strip of fixed-width day cells that scrolls horizontally by
 * {@code horizontalOffset} under a clip, so the frozen part stays put. Cells outside the visible
 * width are hidden, not laid out.
 */
final class DayStrip extends Region {

    private final Node frozen;
    private final double frozenWidth;
    private final ObservableDoubleValue horizontalOffset;
    private final ObservableDoubleValue dayWidth;
    private final Pane days = new Pane();
    private final Rectangle clip = new Rectangle();
    private final List<Label> cells = new ArrayList<>();

    DayStrip(Node frozen, double frozenWidth, ObservableDoubleValue horizontalOffset, ObservableDoubleValue dayWidth) {
        this.frozen = frozen;
        this.frozenWidth = frozenWidth;
        this.horizontalOffset = horizontalOffset;
        this.dayWidth = dayWidth;
        getStyleClass().add("roster-strip");
        days.getStyleClass().add("roster-strip-days");
        days.setClip(clip);
        getChildren().addAll(days, frozen);
        horizontalOffset.addListener((o, a, b) -> requestLayout());
        dayWidth.addListener((o, a, b) -> requestLayout());
    }

    /** Makes the strip hold exactly {@code count} cells, creating them with {@code styleClasses}. */
    List<Label> cells(int count, String... styleClasses) {
        while (cells.size() < count) {
            Label cell = new Label();
            cell.getStyleClass().addAll(styleClasses);
            cell.setManaged(false);
            cells.add(cell);
            days.getChildren().add(cell);
        }
        while (cells.size() > count) {
            days.getChildren().remove(cells.remove(cells.size() - 1));
        }
        return cells;
    }

    List<Label> cells() {
        return cells;
    }

    @Override
    protected double computePrefWidth(double height) {
        // Never wider than the frozen part plus a little: the list must not show its own scroll bar.
        return frozenWidth + 100;
    }

    @Override
    protected double computePrefHeight(double width) {
        return frozen.prefHeight(frozenWidth);
    }

    @Override
    protected void layoutChildren() {
        double height = getHeight();
        frozen.resizeRelocate(0, 0, frozenWidth, height);
        double visibleWidth = Math.max(0, getWidth() - frozenWidth);
        days.resizeRelocate(frozenWidth, 0, visibleWidth, height);
        clip.setWidth(visibleWidth);
        clip.setHeight(height);
        double width = dayWidth.get();
        double offset = horizontalOffset.get();
        for (int i = 0; i < cells.size(); i++) {
            Label cell = cells.get(i);
            double x = i * width - offset;
            boolean visible = x + width > 0 && x < visibleWidth;
            cell.setVisible(visible);
            if (visible) {
                cell.resizeRelocate(x, 0, width, height);
            }
        }
    }
}
