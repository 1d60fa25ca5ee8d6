package org.srodesk.ui.roster;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.srodesk.domain.roster.CellStory;
import org.srodesk.theme.StatusPalette;
import org.srodesk.ui.common.DateLabels;
import org.srodesk.ui.common.OfficerNames;

/** The side panel telling the full story of the focus cell: one heading and paragraph per fact. */
public final class RosterDetailsPanel extends VBox {

    private final Label title = new Label("Select a cell");
    private final Label status = new Label();
    private final VBox facts = new VBox(10);

    public RosterDetailsPanel() {
        super(10);
        setId("rosterDetails");
        getStyleClass().add("roster-details");
        title.getStyleClass().add("roster-details-title");
        title.setWrapText(true);
        status.getStyleClass().addAll("roster-details-status", "sro-status-cell");
        status.setVisible(false);
        getChildren().addAll(title, status, facts);
    }

    /** Shows {@code story}, or a hint when nothing is selected. */
    public void show(CellStory story) {
        facts.getChildren().clear();
        if (story == null) {
            title.setText("Select a cell to see where the officer is and why.");
            status.setVisible(false);
            return;
        }
        title.setText(OfficerNames.withBadge(story.officer()) + "\n" + DateLabels.fullDate(story.day()));
        status.setText(story.status().shortLabel());
        status.getStyleClass().setAll("roster-details-status", "sro-status-cell",
                StatusPalette.styleClass(story.status().kind()));
        status.setVisible(true);
        for (CellStory.Fact fact : story.facts()) {
            Label heading = new Label(fact.heading());
            heading.getStyleClass().add("roster-details-heading");
            Label text = new Label(fact.text());
            text.setWrapText(true);
            text.getStyleClass().add("roster-details-text");
            if (fact.heading().equals("No SRO")) {
                text.getStyleClass().add("roster-details-alert");
            }
            facts.getChildren().add(new VBox(2, heading, text));
        }
    }

    /** The text of the panel, for tests and screen readers. */
    public String text() {
        StringBuilder all = new StringBuilder(title.getText()).append('\n').append(status.getText());
        facts.getChildren().forEach(node -> ((VBox) node).getChildren()
                .forEach(label -> all.append('\n').append(((Label) label).getText())));
        return all.toString();
    }
}
