package org.srodesk.ui.account;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The lock prompt: the blurred main window behind a card with the password field, Unlock and Sign out. */
final class LockPane extends StackPane {

    private final ImageView background = new ImageView();
    private final PasswordField password;

    LockPane(LockViewModel vm, Runnable unlock, Runnable signOut) {
        setId("lock-overlay");
        getStyleClass().add("sro-lock-overlay");
        getStylesheets().add(LockPane.class.getResource("account.css").toExternalForm());
        background.setManaged(false);
        Region scrim = new Region();
        scrim.getStyleClass().add("sro-lock-scrim");

        FontIcon icon = new FontIcon(Material2OutlinedAL.LOCK);
        icon.getStyleClass().add("sro-lock-icon");
        Label heading = new Label();
        heading.setId("lock-heading");
        heading.getStyleClass().add("sro-lock-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        Label explanation = AccountForms.hint("SRO Desk locked itself because nobody used it for a while (or "
                + "someone chose Lock now). Open windows keep what was typed in them.");
        password = AccountForms.password("lock-password", vm.passwordProperty());
        password.setPromptText("Password");
        password.setOnAction(e -> unlock.run());
        password.disableProperty().bind(vm.checkingProperty().or(vm.signOutOnlyProperty()));
        Label message = AccountForms.problem("lock-message", vm.messageProperty());
        Button unlockButton = new Button("Unlock");
        unlockButton.setId("lock-unlock");
        unlockButton.getStyleClass().add("accent");
        unlockButton.setDefaultButton(true);
        unlockButton.setOnAction(e -> unlock.run());
        unlockButton.disableProperty().bind(vm.checkingProperty().or(vm.signOutOnlyProperty()));
        Button signOutButton = new Button("Sign out");
        signOutButton.setId("lock-sign-out");
        signOutButton.setOnAction(e -> signOut.run());
        signOutButton.disableProperty().bind(vm.checkingProperty());
        HBox buttons = new HBox(8, AccountForms.progress(vm.checkingProperty()), signOutButton, unlockButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, icon, heading, explanation, password, message, buttons);
        card.getStyleClass().add("sro-lock-card");
        card.setMaxSize(440, Region.USE_PREF_SIZE);
        card.setFillWidth(true);
        getChildren().addAll(background, scrim, card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    /** The main window as it looks blurred, or nothing. */
    void showBackground(Image image) {
        background.setImage(image);
    }

    /** Where the image's top left corner goes (a blurred snapshot reaches beyond the window it shows). */
    void placeBackground(double x, double y) {
        background.relocate(x, y);
    }

    void focusPassword() {
        Platform.runLater(password::requestFocus);
    }
}
