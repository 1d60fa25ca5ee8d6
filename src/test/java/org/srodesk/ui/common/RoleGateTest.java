package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.account.Permission;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.testing.Actors;
import org.testfx.api.FxToolkit;

/** The screens' role gate: refusal sentences, disabled controls that say why, hidden menu items, the banner. */
class RoleGateTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theRefusalNamesTheRoleAndWhatItMayNotDo() {
        assertEquals("Your role (viewer) may not schedule officers.",
                RoleGate.refusalText(Actors.VIEWER, Permission.SCHEDULE));
        assertEquals("Your role (commander) may not schedule officers.",
                RoleGate.refusalText(Actors.COMMANDER, Permission.SCHEDULE));
        assertEquals("Read-only — signed in as Viewer", RoleGate.bannerText(Actors.VIEWER));
        assertEquals("Read-only — signed in as Administrator", RoleGate.bannerText(Actors.ADMIN));
    }

    @Test
    void aScreenIsReadOnlyWhenTheRoleHasNoneOfItsWritePermissions() {
        assertTrue(RoleGate.readOnly(Actors.VIEWER, Permission.SCHEDULE, Permission.CHANGE_SETTINGS));
        assertFalse(RoleGate.readOnly(Actors.ADMIN, Permission.SCHEDULE, Permission.CHANGE_SETTINGS));
        assertTrue(RoleGate.readOnly(Actors.ADMIN, Permission.SCHEDULE, Permission.RECORD_REASSIGNMENT));
        assertFalse(RoleGate.readOnly(Actors.COMMANDER, Permission.SCHEDULE, Permission.RECORD_REASSIGNMENT));
    }

    @Test
    void aServiceRefusalIsShownAsItsOwnSentenceEvenWhenWrapped() {
        RecordingDialogService dialogs = new RecordingDialogService();
        AccessDeniedException denied = new AccessDeniedException(Actors.VIEWER, Permission.SCHEDULE);
        RoleGate.showFailure(dialogs, "Time off", "Something went wrong.", new IllegalStateException("wrapped", denied));
        assertEquals("Lee (viewer) is signed in as viewer and may not schedule officers.", dialogs.last().message());
        assertNull(dialogs.last().details(), "a refusal is not a crash: no stack trace");

        IllegalStateException crash = new IllegalStateException("disk full");
        RoleGate.showFailure(dialogs, "Time off", "Something went wrong.", crash);
        assertEquals("Something went wrong.", dialogs.last().message());
        assertSame(crash, dialogs.last().details());
    }

    @Test
    void aGatedButtonIsDisabledForGoodAndItsHolderKeepsItsPlaceAndShowsWhy() throws Exception {
        Button before = new Button("Before");
        Button save = new Button("Save");
        Button after = new Button("After");
        HBox bar = new HBox(before, save, after);
        HBox.setHgrow(save, Priority.ALWAYS);
        HBox.setMargin(save, new Insets(4));
        save.disableProperty().bind(new SimpleBooleanProperty(false));
        FxToolkit.setupFixture(() -> {
            assertTrue(RoleGate.disable(save, Actors.VIEWER, Permission.SCHEDULE));
        });
        assertTrue(save.isDisabled(), "the earlier binding gives way");
        assertEquals(3, bar.getChildren().size());
        StackPane holder = (StackPane) bar.getChildren().get(1);
        assertSame(holder, save.getParent());
        assertEquals(Priority.ALWAYS, HBox.getHgrow(holder), "layout constraints move to the holder");
        assertEquals(new Insets(4), HBox.getMargin(holder));
        Tooltip tip = (Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip");
        assertEquals("Your role (viewer) may not schedule officers.", tip.getText());
        assertEquals(tip.getText(), RoleGate.explanation(save));
        assertEquals(tip.getText(), save.getAccessibleHelp());

        Button allowed = new Button("Record");
        HBox other = new HBox(allowed);
        assertFalse(RoleGate.disable(allowed, Actors.COMMANDER, Permission.RECORD_REASSIGNMENT));
        assertFalse(allowed.isDisabled());
        assertSame(other, allowed.getParent());
        assertNull(RoleGate.explanation(allowed));
    }

    @Test
    void aMenuItemTheRoleMayNotUseIsHidden() {
        MenuItem approve = new MenuItem("Approve");
        approve.disableProperty().bind(new SimpleBooleanProperty(false));
        assertTrue(RoleGate.hide(approve, Actors.COMMANDER, Permission.SCHEDULE));
        assertFalse(approve.isVisible());
        assertTrue(approve.isDisable());
        MenuItem details = new MenuItem("Details");
        assertFalse(RoleGate.hide(details, Actors.SERGEANT, Permission.SCHEDULE));
        assertTrue(details.isVisible());
    }

    @Test
    void theBannerGoesAtTheTopOfEachKindOfScreenAndOnlyWhenReadOnly() throws Exception {
        FxToolkit.setupFixture(() -> {
            Label oldTop = new Label("Toolbar");
            BorderPane border = new BorderPane();
            border.setTop(oldTop);
            Label banner = RoleGate.showBannerIfReadOnly(border, Actors.VIEWER, Permission.SCHEDULE);
            VBox top = (VBox) border.getTop();
            assertSame(banner, top.getChildren().get(0));
            assertSame(oldTop, top.getChildren().get(1));
            assertTrue(banner.getStyleClass().contains(RoleGate.BANNER_STYLE));

            VBox column = new VBox(new Label("Title"));
            RoleGate.showBannerIfReadOnly(column, Actors.ADMIN, Permission.SCHEDULE);
            assertEquals("Read-only — signed in as Administrator", ((Label) column.getChildren().get(0)).getText());

            VBox content = new VBox(new Label("Form"));
            ScrollPane scroll = new ScrollPane(content);
            RoleGate.showBannerIfReadOnly(scroll, Actors.VIEWER, Permission.EXPORT);
            assertEquals("read-only-banner", content.getChildren().get(0).getId());

            VBox writable = new VBox(new Label("Title"));
            assertNull(RoleGate.showBannerIfReadOnly(writable, Actors.COMMANDER, Permission.EXPORT));
            assertEquals(1, writable.getChildren().size());
        });
    }
}
