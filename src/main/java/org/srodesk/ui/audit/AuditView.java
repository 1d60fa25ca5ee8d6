package org.srodesk.ui.audit;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.account.AuditEntry;

/** Controller of AuditView.fxml: bindings to {@link AuditViewModel} only. Read-only: no row can be changed here. */
public final class AuditView {

    /** Before/after longer than this are cut in the table; the detail pane shows them whole. */
    private static final int CELL_TEXT = 160;

    @FXML private Parent root;
    @FXML private Label countLabel;
    @FXML private Label appendOnlyLabel;
    @FXML private Button exportButton;
    @FXML private Button resetButton;
    @FXML private ComboBox<String> userFilter;
    @FXML private ComboBox<String> entityFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private Label filterProblemLabel;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> whenColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TableColumn<AuditEntry, String> idColumn;
    @FXML private TableColumn<AuditEntry, String> beforeColumn;
    @FXML private TableColumn<AuditEntry, String> afterColumn;
    @FXML private Label detailLabel;
    @FXML private TextArea beforeText;
    @FXML private TextArea afterText;
    @FXML private Label messageLabel;

    private final AuditViewModel viewModel;

    private AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view, binds it to {@code viewModel} and starts loading the rows. */
    public static Parent create(AuditViewModel viewModel) {
        AuditView view = Fxml.load(new AuditView(viewModel), "AuditView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AuditView.class.getResource("audit.css").toExternalForm());
        exportButton.setGraphic(new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        exportButton.getStyleClass().add("accent");
        exportButton.disableProperty().bind(viewModel.exportDisabledProperty());
        exportButton.setTooltip(new Tooltip("Every entry matching the filters, not only those shown, as CSV. "
                + "The export is recorded in the audit log."));
        resetButton.setTooltip(new Tooltip("Everyone, all records, the last " + AuditViewModel.DEFAULT_DAYS + " days"));
        appendOnlyLabel.setGraphic(new FontIcon(Material2OutlinedMZ.POLICY));

        countLabel.textProperty().bind(viewModel.countProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        filterProblemLabel.textProperty().bind(viewModel.filterProblemProperty());

        userFilter.setItems(viewModel.userChoices());
        userFilter.setConverter(converter(AuditViewModel::userLabel));
        userFilter.valueProperty().bindBidirectional(viewModel.userFilterProperty());
        entityFilter.setItems(viewModel.entityChoices());
        entityFilter.setConverter(converter(AuditViewModel::recordLabel));
        entityFilter.valueProperty().bindBidirectional(viewModel.entityFilterProperty());
        fromFilter.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        toFilter.valueProperty().bindBidirectional(viewModel.toFilterProperty());

        table.setItems(viewModel.rows());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.refusalProperty().get().isEmpty()
                ? "No entry matches the filters." : viewModel.refusalProperty().get(), viewModel.refusalProperty()));
        placeholder.setId("audit-placeholder");
        viewModel.refusalProperty().addListener((obs, old, now) -> placeholder.getStyleClass()
                .setAll(now.isEmpty() ? java.util.List.of("label") : java.util.List.of("label", "sro-audit-refusal")));
        table.setPlaceholder(placeholder);
        whenColumn.setCellValueFactory(c -> text(viewModel.when(c.getValue())));
        userColumn.setCellValueFactory(c -> text(c.getValue().userName()));
        actionColumn.setCellValueFactory(c -> text(AuditViewModel.actionLabel(c.getValue().action())));
        entityColumn.setCellValueFactory(c -> text(AuditViewModel.recordLabel(c.getValue().entity())));
        idColumn.setCellValueFactory(c -> text(c.getValue().entityId()));
        beforeColumn.setCellValueFactory(c -> text(c.getValue().before()));
        afterColumn.setCellValueFactory(c -> text(c.getValue().after()));
        beforeColumn.setCellFactory(column -> new OneLineCell());
        afterColumn.setCellFactory(column -> new OneLineCell());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
            showDetail(row);
        });
        showDetail(null);
    }

    private void showDetail(AuditEntry row) {
        detailLabel.setText(viewModel.describe(row));
        beforeText.setText(row == null ? "" : row.before());
        afterText.setText(row == null ? "" : row.after());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private static StringConverter<String> converter(Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("choose from the list");
            }
        };
    }

    /** Long or multi-line before/after on one line, cut with an ellipsis; the whole text in the detail pane. */
    private static final class OneLineCell extends TableCell<AuditEntry, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String line = item.replaceAll("\\R", " ⏎ ");
            setText(line.length() > CELL_TEXT ? line.substring(0, CELL_TEXT - 1) + "…" : line);
        }
    }

    @FXML
    private void exportCsv() {
        viewModel.exportCsv();
    }

    @FXML
    private void resetFilters() {
        viewModel.resetFilters();
    }
}
