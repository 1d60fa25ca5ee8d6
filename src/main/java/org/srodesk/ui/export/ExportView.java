package org.srodesk.ui.export;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.account.Permission;
import org.srodesk.ui.common.RoleGate;

/** Controller of ExportView.fxml: fields and bindings to {@link ExportViewModel}, nothing else. */
public final class ExportView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    @FXML private Parent root;
    @FXML private ComboBox<YearMonth> monthBox;
    @FXML private RadioButton oneRadio;
    @FXML private RadioButton selectionRadio;
    @FXML private RadioButton allRadio;
    @FXML private SearchableComboBox<SchoolChoice> oneSchoolBox;
    @FXML private VBox selectionPane;
    @FXML private TextField searchField;
    @FXML private ListView<SchoolChoice> schoolList;
    @FXML private Label selectedLabel;
    @FXML private TextField folderField;
    @FXML private CheckBox combinedBox;
    @FXML private CheckBox openFolderBox;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    private final ExportViewModel viewModel;

    private ExportView(ExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view bound to {@code viewModel} and starts loading its schools. */
    public static Parent create(ExportViewModel viewModel) {
        ExportView view = Fxml.load(new ExportView(viewModel), "ExportView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        monthBox.setItems(viewModel.months());
        monthBox.valueProperty().bindBidirectional(viewModel.monthProperty());
        monthBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth month) {
                return month == null ? "" : MONTH.format(month);
            }

            @Override
            public YearMonth fromString(String text) {
                return null;
            }
        });

        ToggleGroup scope = new ToggleGroup();
        oneRadio.setToggleGroup(scope);
        selectionRadio.setToggleGroup(scope);
        allRadio.setToggleGroup(scope);
        oneRadio.setUserData(ExportScope.ONE_SCHOOL);
        selectionRadio.setUserData(ExportScope.SELECTION);
        allRadio.setUserData(ExportScope.ALL_SCHOOLS);
        scope.selectToggle(switch (viewModel.scopeProperty().get()) {
            case ONE_SCHOOL -> oneRadio;
            case SELECTION -> selectionRadio;
            case ALL_SCHOOLS -> allRadio;
        });
        scope.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.scopeProperty().set((ExportScope) toggle.getUserData());
            }
        });
        allRadio.textProperty().bind(Bindings.size(viewModel.schools()).asString("All schools (%d)"));

        oneSchoolBox.setItems(viewModel.schools());
        oneSchoolBox.valueProperty().bindBidirectional(viewModel.oneSchoolProperty());
        oneSchoolBox.disableProperty().bind(oneRadio.selectedProperty().not());
        oneSchoolBox.setOnShowing(e -> oneRadio.setSelected(true));

        selectionPane.disableProperty().bind(selectionRadio.selectedProperty().not());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        schoolList.setItems(viewModel.visibleSchools());
        schoolList.setCellFactory(CheckBoxListCell.forListView(SchoolChoice::selectedProperty));
        selectedLabel.textProperty().bind(viewModel.selectedCountProperty().asString("%d selected"));

        folderField.textProperty().bind(Bindings.createStringBinding(() -> {
            Path folder = viewModel.folderProperty().get();
            return folder == null ? "" : folder.toAbsolutePath().toString();
        }, viewModel.folderProperty()));
        combinedBox.selectedProperty().bindBidirectional(viewModel.combinedProperty());
        openFolderBox.selectedProperty().bindBidirectional(viewModel.openFolderWhenDoneProperty());

        exportButton.disableProperty().bind(viewModel.canExportBinding().not());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        RoleGate.disable(exportButton, viewModel.actor(), Permission.EXPORT);
        RoleGate.showBannerIfReadOnly(root, viewModel.actor(), Permission.EXPORT);
    }

    @FXML
    private void chooseFolder() {
        viewModel.chooseFolder();
    }

    @FXML
    private void selectVisible() {
        viewModel.selectVisible();
    }

    @FXML
    private void clearSelection() {
        viewModel.clearSelection();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
