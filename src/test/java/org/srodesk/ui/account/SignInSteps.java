package org.srodesk.ui.account;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps of the sign-in dialogs for TestFX tests of the real window: find a dialog, fill it in, press its button. */
public final class SignInSteps {

    private final FxRobot robot;

    public SignInSteps(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits (up to 20 s) for the showing dialog whose pane has {@code id}, e.g. "sign-in-dialog". */
    public DialogPane await(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(id).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return find(id).orElseThrow();
    }

    public Optional<DialogPane> find(String id) {
        return robot.lookup("#" + id).<DialogPane>tryQuery().filter(p -> p.getScene() != null
                && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing());
    }

    public boolean isShowing(String id) {
        return find(id).isPresent();
    }

    /** Sets a field of {@code pane} as if typed. */
    public void fill(Node pane, String fieldId, String text) {
        TextField field = robot.from(pane).lookup("#" + fieldId).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    public String text(Node pane, String fieldId) {
        return robot.from(pane).lookup("#" + fieldId).queryAs(TextField.class).getText();
    }

    /** Presses the button with {@code buttonId} (or labelled so) in {@code pane}, and waits for the events. */
    public void press(Node pane, String buttonId) {
        Button button = robot.from(pane).lookup("#" + buttonId).tryQuery().map(Button.class::cast)
                .orElseGet(() -> robot.from(pane).lookup((Button b) -> buttonId.equals(b.getText())).queryButton());
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label {@code id} in {@code pane}. */
    public String label(Node pane, String id) {
        return robot.from(pane).lookup("#" + id).queryLabeled().getText();
    }

    /** Fills in "Create the first administrator" and creates it. */
    public void createFirstAdmin(String user, String name, String password) throws TimeoutException {
        DialogPane pane = await("first-admin-dialog");
        fill(pane, "first-admin-user", user);
        fill(pane, "first-admin-name", name);
        fill(pane, "first-admin-password", password);
        fill(pane, "first-admin-repeat", password);
        press(pane, "first-admin-submit");
    }

    /** Fills in the sign-in dialog and presses Sign in (without waiting for the answer). */
    public DialogPane signIn(String user, String password) throws TimeoutException {
        DialogPane pane = await("sign-in-dialog");
        fill(pane, "sign-in-user", user);
        fill(pane, "sign-in-password", password);
        press(pane, "sign-in-submit");
        return pane;
    }

    /** Waits until {@code pane}'s message line says something (a refusal) or the dialog closed. */
    public String awaitMessage(DialogPane pane, String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !label(pane, id).isEmpty()
                || !pane.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return label(pane, id);
    }
}
