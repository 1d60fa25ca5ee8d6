package org.srodesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.account.Permission;

/** Controller of ShellView.fxml: menus, navigation, the screen area and the status bar, bound to {@link ShellViewModel}. */
public final class ShellView {

    @FXML private Parent root;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem databaseItem;
    @FXML private MenuItem aboutItem;
    @FXML private MenuItem changePasswordItem;
    @FXML private MenuItem lockItem;
    @FXML private MenuItem signOutItem;
    @FXML private Menu viewMenu;
    @FXML private VBox navigationButtons;
    @FXML private StackPane content;
    @FXML private Label databaseLabel;
    @FXML private Label userLabel;
    @FXML private Label districtLabel;
    @FXML private Separator districtSeparator;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyBar;
    @FXML private Label busyLabel;

    private final ShellViewModel viewModel;
    private final ScreenRegistry registry;
    private final Map<Screen, ToggleButton> navigation = new EnumMap<>(Screen.class);
    private final Map<Screen, RadioMenuItem> viewItems = new EnumMap<>(Screen.class);
    private Runnable onQuit = () -> { };
    private Runnable onChooseDatabase;
    private Node openingPane;
    private Node signedOutPane;
    private final javafx.beans.property.BooleanProperty serverDatabaseAvailable =
            new javafx.beans.property.SimpleBooleanProperty(this, "serverDatabaseAvailable", false);

    private ShellView(ShellViewModel viewModel, ScreenRegistry registry) {
        this.viewModel = viewModel;
        this.registry = registry;
    }

    /** Loads ShellView.fxml with a controller bound to {@code viewModel}. */
    public static ShellView load(ShellViewModel viewModel, ScreenRegistry registry) {
        ShellView view = Fxml.load(new ShellView(viewModel, registry), "ShellView.fxml");
        return view;
    }

    public Parent root() {
        return root;
    }

    /** What File → Database… does (the composition root asks for a server database and opens it). */
    public void setOnChooseDatabase(Runnable onChooseDatabase) {
        this.onChooseDatabase = onChooseDatabase;
        serverDatabaseAvailable.set(onChooseDatabase != null);
    }

    @FXML
    private void chooseDatabase() {
        if (onChooseDatabase != null) {
            onChooseDatabase.run();
        }
    }

    /** What File → Quit does (the composition root closes the window). */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    @FXML
    private void initialize() {
        buildNavigation();
        buildViewMenu();

        importItem.setGraphic(new FontIcon(Material2OutlinedMZ.SYSTEM_UPDATE_ALT));
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        // Each File command is disabled for a role without its permission (the service refuses it too).
        importItem.disableProperty().bind(viewModel.commandDisabledProperty(Permission.SCHEDULE));
        exportItem.setGraphic(new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportItem.disableProperty().bind(viewModel.commandDisabledProperty(Permission.EXPORT));
        backupItem.setGraphic(new FontIcon(Material2OutlinedAL.BACKUP));
        backupItem.disableProperty().bind(viewModel.commandDisabledProperty(Permission.BACK_UP));
        restoreItem.setGraphic(new FontIcon(Material2OutlinedAL.HISTORY));
        restoreItem.disableProperty().bind(viewModel.commandDisabledProperty(Permission.CHANGE_SETTINGS));
        quitItem.setGraphic(new FontIcon(Material2OutlinedAL.EXIT_TO_APP));
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        aboutItem.setGraphic(new FontIcon(Material2OutlinedAL.INFO));
        databaseItem.setGraphic(new FontIcon(Material2OutlinedMZ.STORAGE));
        databaseItem.disableProperty().bind(serverDatabaseAvailable.not()
                .or(viewModel.notPermittedProperty(Permission.CHANGE_SETTINGS)));
        changePasswordItem.setGraphic(new FontIcon(Material2OutlinedMZ.VPN_KEY));
        changePasswordItem.disableProperty().bind(viewModel.readyProperty().not());
        lockItem.setGraphic(new FontIcon(Material2OutlinedAL.LOCK));
        lockItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        lockItem.disableProperty().bind(viewModel.readyProperty().not());
        signOutItem.setGraphic(new FontIcon(Material2OutlinedAL.LOG_OUT));
        signOutItem.disableProperty().bind(viewModel.readyProperty().not());

        databaseLabel.setGraphic(new FontIcon(Material2OutlinedMZ.STORAGE));
        databaseLabel.textProperty().bind(viewModel.databaseTextProperty());
        databaseLabel.setTooltip(tooltipBoundTo(databaseLabel));
        userLabel.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON));
        userLabel.textProperty().bind(viewModel.userTextProperty());
        userLabel.setTooltip(new Tooltip("Who is signed in, and in which role (Account menu: change password, "
                + "lock, sign out)"));
        districtLabel.setGraphic(new FontIcon(Material2OutlinedAL.GROUPS));
        districtLabel.textProperty().bind(viewModel.districtTextProperty());
        districtLabel.visibleProperty().bind(viewModel.districtTextProperty().isNotEmpty());
        districtLabel.managedProperty().bind(districtLabel.visibleProperty());
        districtSeparator.visibleProperty().bind(districtLabel.visibleProperty());
        districtSeparator.managedProperty().bind(districtLabel.visibleProperty());
        busyBox.visibleProperty().bind(viewModel.busyProperty());
        busyBox.managedProperty().bind(busyBox.visibleProperty());
        busyLabel.textProperty().bind(viewModel.busyMessageProperty());
        busyBar.progressProperty().bind(viewModel.workProgressProperty()); // -1: indeterminate

        openingPane = openingPane();
        signedOutPane = signedOutPane();
        viewModel.selectedScreenProperty().addListener((obs, old, screen) -> showSelectedScreen());
        viewModel.databaseReadyProperty().addListener((obs, old, ready) -> showSelectedScreen());
        viewModel.readyProperty().addListener((obs, old, ready) -> showSelectedScreen());
        showSelectedScreen();
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.navigationLabel(), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("sro-nav-button");
            button.setTooltip(new Tooltip(screen.title() + " (" + shortcutText(screen) + ")"));
            button.setOnAction(e -> viewModel.select(screen));
            navigation.put(screen, button);
            Node entry = withBadge(button, screen);
            entry.visibleProperty().bind(viewModel.shownInNavigationProperty(screen));
            entry.managedProperty().bind(entry.visibleProperty());
            navigationButtons.getChildren().add(entry);
        }
        // A toggle group lets the selected button be clicked off; the selection follows the view model instead.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                navigation.get(viewModel.getSelectedScreen()).setSelected(true);
            }
        });
        navigationButtons.disableProperty().bind(viewModel.readyProperty().not());
    }

    /** The button with the screen's badge (e.g. pending requests) at its right end, hidden when empty. */
    private Node withBadge(ToggleButton button, Screen screen) {
        Label badge = new Label();
        badge.setId("badge-" + screen.id());
        badge.getStyleClass().add("sro-nav-badge");
        badge.textProperty().bind(registry.badgeProperty(screen));
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.setMouseTransparent(true);
        StackPane box = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new javafx.geometry.Insets(0, 10, 0, 0));
        return box;
    }

    private void buildViewMenu() {
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            RadioMenuItem item = new RadioMenuItem(screen.title());
            item.setId("menu-" + screen.id());
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + screen.shortcutDigit()));
            item.setOnAction(e -> {
                viewModel.select(screen);
                item.setSelected(viewModel.getSelectedScreen() == screen);
            });
            // Hidden for a role that may not open it, and disabled so its shortcut does nothing either.
            item.visibleProperty().bind(viewModel.shownInNavigationProperty(screen));
            item.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.mayOpenProperty(screen).not()));
            viewItems.put(screen, item);
            viewMenu.getItems().add(item);
        }
    }

    /** Shows the selected screen's view (or the opening notice); call after registering new views. */
    public void showSelectedScreen() {
        Screen screen = viewModel.getSelectedScreen();
        navigation.get(screen).setSelected(true);
        viewItems.get(screen).setSelected(true);
        Node view = !viewModel.isDatabaseReady() ? openingPane
                : viewModel.isReady() && viewModel.mayOpen(screen) ? registry.view(screen) : signedOutPane;
        content.getChildren().setAll(view);
    }

    private Node openingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        Label label = new Label();
        label.textProperty().bind(viewModel.databaseTextProperty());
        label.getStyleClass().add("sro-opening-label");
        VBox box = new VBox(14, progress, label);
        box.setAlignment(Pos.CENTER);
        box.setId("opening-pane");
        return box;
    }

    /** What the window shows while nobody is signed in: nothing of the data. */
    private Node signedOutPane() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.LOCK);
        icon.getStyleClass().add("sro-placeholder-icon");
        Label label = new Label("Sign in to see the unit's data.");
        label.getStyleClass().add("sro-opening-label");
        VBox box = new VBox(14, icon, label);
        box.setAlignment(Pos.CENTER);
        box.setId("signed-out-pane");
        return box;
    }

    private static Tooltip tooltipBoundTo(Label label) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(label.textProperty());
        return tooltip;
    }

    private static String shortcutText(Screen screen) {
        return KeyCombination.keyCombination("Shortcut+" + screen.shortcutDigit()).getDisplayText();
    }

    @FXML
    private void importFolder() {
        viewModel.chooseFolderToImport();
    }

    @FXML
    private void exportFolder() {
        viewModel.chooseFolderToExport();
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restoreFromBackup() {
        viewModel.restoreFromBackup();
    }

    @FXML
    private void quit() {
        onQuit.run();
    }

    @FXML
    private void changePassword() {
        viewModel.changePassword();
    }

    @FXML
    private void lockNow() {
        viewModel.lockNow();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }

    @FXML
    private void showAbout() {
        viewModel.showAbout();
    }
}
