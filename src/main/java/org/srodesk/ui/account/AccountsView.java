package org.srodesk.ui.account;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.account.Account;

/** Controller of AccountsView.fxml: bindings to {@link AccountsViewModel} only. */
public final class AccountsView {

    @FXML private Parent root;
    @FXML private Label summaryLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button resetButton;
    @FXML private Button unlockButton;
    @FXML private Button reloadButton;
    @FXML private TableView<Account> table;
    @FXML private TableColumn<Account, String> userColumn;
    @FXML private TableColumn<Account, String> nameColumn;
    @FXML private TableColumn<Account, String> roleColumn;
    @FXML private TableColumn<Account, String> stateColumn;
    @FXML private TableColumn<Account, String> lockedColumn;
    @FXML private TableColumn<Account, Integer> failuresColumn;
    @FXML private TableColumn<Account, String> lastColumn;
    @FXML private TextField idleField;
    @FXML private Button idleButton;
    @FXML private Label idleError;
    @FXML private Label messageLabel;

    private final AccountsViewModel viewModel;

    private AccountsView(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view, binds it to {@code viewModel} and starts loading the accounts. */
    public static Parent create(AccountsViewModel viewModel) {
        AccountsView view = Fxml.load(new AccountsView(viewModel), "AccountsView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AccountsView.class.getResource("account.css").toExternalForm());
        newButton.setGraphic(new FontIcon(Material2OutlinedAL.ADD));
        newButton.getStyleClass().add("accent");
        editButton.setGraphic(new FontIcon(Material2OutlinedAL.EDIT));
        resetButton.setGraphic(new FontIcon(Material2OutlinedMZ.VPN_KEY));
        unlockButton.setGraphic(new FontIcon(Material2OutlinedMZ.NO_ENCRYPTION));
        reloadButton.setGraphic(new FontIcon(Material2OutlinedMZ.REFRESH));
        editButton.disableProperty().bind(viewModel.nothingSelectedProperty());
        resetButton.disableProperty().bind(viewModel.nothingSelectedProperty());
        unlockButton.disableProperty().bind(viewModel.selectedNotLockedProperty());

        summaryLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            long active = viewModel.rows().stream().filter(Account::active).count();
            return viewModel.rows().size() + " accounts, " + active + " active";
        }, viewModel.rows()));

        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No accounts."));
        userColumn.setCellValueFactory(c -> text(c.getValue().userName()));
        nameColumn.setCellValueFactory(c -> text(c.getValue().displayName()));
        roleColumn.setCellValueFactory(c -> text(c.getValue().role().label()));
        stateColumn.setCellValueFactory(c -> text(AccountsViewModel.stateText(c.getValue())));
        lockedColumn.setCellValueFactory(c -> text(viewModel.lockText(c.getValue())));
        failuresColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().failedAttempts()));
        lastColumn.setCellValueFactory(c -> text(viewModel.lastSignInText(c.getValue())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, account) -> {
            if (account != null && table.getSelectionModel().getSelectedItem() != account) {
                table.getSelectionModel().select(account);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Account> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.editSelected();
                }
            });
            return row;
        });

        idleField.textProperty().bindBidirectional(viewModel.idleMinutesProperty());
        idleField.setOnAction(e -> viewModel.saveIdleMinutes());
        idleButton.disableProperty().bind(viewModel.busyProperty());
        idleError.textProperty().bind(viewModel.idleErrorProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void newAccount() {
        viewModel.newAccount();
    }

    @FXML
    private void editSelected() {
        viewModel.editSelected();
    }

    @FXML
    private void resetSelected() {
        viewModel.resetSelected();
    }

    @FXML
    private void unlockSelected() {
        viewModel.unlockSelected();
    }

    @FXML
    private void saveIdleMinutes() {
        viewModel.saveIdleMinutes();
    }
}
