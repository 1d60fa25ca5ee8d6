package org.srodesk.ui.timeoff;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.timeoff.FindingSeverity;
import org.srodesk.domain.timeoff.PolicyFinding;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.TimeOffRow;
import org.srodesk.ui.common.BaseDialog;
import org.srodesk.ui.common.OfficerNames;

/**
 * Decide a request: the request, then the policy findings, then the comment (a justification when a
 * finding needs one) and Approve / Deny / Cancel request. The decision buttons wait for the findings.
 */
final class DecisionDialog extends BaseDialog<DecisionOutcome> {

    private final VBox findingsBox = new VBox(8);

    DecisionDialog(Window owner, DecisionDialogViewModel vm) {
        super(owner, "Decide time off", "Approve");
        TimeOffRow row = vm.row();
        TimeOffRequest request = row.request();
        setHeaderText(OfficerNames.formal(row.officer()) + " — " + request.kind().label() + ", "
                + TimeOffCells.period(request));

        ButtonType deny = new ButtonType("Deny", ButtonData.OTHER);
        ButtonType withdraw = new ButtonType("Cancel request", ButtonData.LEFT);
        ButtonType close = new ButtonType("Close", ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(primaryButtonType(), deny, withdraw, close);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("sro-form");
        addFact(facts, 0, "Status", TimeOffCells.status(request.status()));
        addFact(facts, 1, "School", row.school().map(s -> s.name()).orElse("—"));
        addFact(facts, 2, "Requested", request.requestedBy().isBlank() ? "—" : "by " + request.requestedBy());
        addFact(facts, 3, "Note", request.note().isBlank() ? "—" : request.note());
        if (!request.decisionComment().isBlank()) {
            addFact(facts, 4, "Decision", request.decisionComment() + " (" + request.decidedBy() + ")");
        }

        Label findingsTitle = new Label("Policy findings");
        findingsTitle.getStyleClass().add("sro-section-title");
        findingsBox.setId("decision-findings");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(24, 24);
        findingsBox.getChildren().add(new HBox(8, loading, new Label("Checking the policy…")));
        vm.findings().addListener((ListChangeListener<PolicyFinding>) change -> showFindings(vm));
        vm.findingsLoadedProperty().addListener((obs, old, loaded) -> showFindings(vm));

        Label commentLabel = new Label();
        commentLabel.getStyleClass().add("sro-form-label");
        commentLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.justificationRequiredProperty())
                .then("Justification (required to approve)").otherwise("Comment (required to deny)"));
        TextArea comment = new TextArea();
        comment.setId("decision-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Label commentError = new Label();
        commentError.setId("error-comment");
        commentError.getStyleClass().add("sro-field-error");
        commentError.textProperty().bind(vm.commentErrorProperty());
        commentError.managedProperty().bind(commentError.textProperty().isNotEmpty());
        commentError.textProperty().addListener((obs, old, now) -> comment.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), !now.isEmpty()));
        Label problem = new Label();
        problem.setId("decision-problem");
        problem.getStyleClass().add("sro-form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        VBox content = new VBox(12, facts, findingsTitle, findingsBox, commentLabel, comment, commentError, problem);
        content.getStyleClass().add("sro-decision");
        setContent(content);
        getDialogPane().getStyleClass().add("sro-wide-dialog");

        Button approveButton = primaryButton();
        Button denyButton = (Button) getDialogPane().lookupButton(deny);
        Button withdrawButton = (Button) getDialogPane().lookupButton(withdraw);
        approveButton.setId("decision-approve");
        denyButton.setId("decision-deny");
        withdrawButton.setId("decision-cancel-request");
        approveButton.disableProperty().bind(vm.findingsLoadedProperty().not().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.canDecide())));
        denyButton.disableProperty().bind(approveButton.disableProperty());
        withdrawButton.setDisable(!vm.canCancel());
        for (Button button : new Button[] {approveButton, denyButton, withdrawButton}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.ButtonBar.setButtonUniformSize(button, false);
        }
        approveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.approve(this::finish);
        });
        denyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.deny(this::finish);
        });
        withdrawButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.cancelRequest(this::finish);
        });
        setResultConverter(button -> null);
    }

    private void finish(DecisionOutcome outcome) {
        setResult(outcome);
        close();
    }

    private static void addFact(GridPane grid, int row, String label, String value) {
        Label caption = new Label(label);
        caption.getStyleClass().add("sro-form-label");
        Label text = new Label(value);
        text.setWrapText(true);
        grid.add(caption, 0, row);
        grid.add(text, 1, row);
    }

    private void showFindings(DecisionDialogViewModel vm) {
        if (!vm.findingsLoadedProperty().get()) {
            return;
        }
        findingsBox.getChildren().clear();
        if (vm.findings().isEmpty()) {
            findingsBox.getChildren().add(new Label("Nothing to report: no policy finding."));
        }
        for (PolicyFinding finding : vm.findings()) {
            findingsBox.getChildren().add(findingNode(finding));
        }
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    static Node findingNode(PolicyFinding finding) {
        FontIcon icon = new FontIcon(finding.severity() == FindingSeverity.INFO ? Material2OutlinedAL.INFO
                : finding.severity() == FindingSeverity.WARNING ? Material2OutlinedMZ.WARNING
                : Material2OutlinedAL.BLOCK);
        Label title = new Label(finding.type().label() + " · " + finding.severity().label());
        title.getStyleClass().add("sro-finding-title");
        Label sentence = new Label(finding.sentence());
        sentence.setWrapText(true);
        sentence.setPrefWidth(560);
        sentence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("sro-finding-sentence");
        VBox text = new VBox(2, title, sentence);
        HBox box = new HBox(10, icon, text);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        box.getStyleClass().addAll("sro-finding", TimeOffCells.severityStyle(finding.severity()));
        box.setId("finding-" + finding.type().name().toLowerCase());
        return box;
    }
}
