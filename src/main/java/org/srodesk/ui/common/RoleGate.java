package org.srodesk.ui.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.srodesk.domain.account.Permission;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;

/**
 * The screens' half of "roles enforced twice" (issue 11): the signed-in role sees every screen, but
 * what it may not start is disabled (primary actions, with a tooltip saying why), hidden (context-menu
 * items), and a screen on which the role may write nothing carries a read-only banner at the top.
 * The service layer refuses the same use cases ({@link Actor#require}); {@link #refusal(Throwable)}
 * turns such a refusal into the sentence a view model shows.
 *
 * <p>The role of a session does not change while a screen is open (signing in as someone else
 * builds the screens again), so a gate is applied once, after the view's other bindings.
 */
public final class RoleGate {

    /** Style class of the banner ({@code role-gate.css}). */
    public static final String BANNER_STYLE = "sro-read-only-banner";

    private static final Set<String> LAYOUT_CONSTRAINT_PREFIXES = Set.of("hbox-", "vbox-", "gridpane-",
            "borderpane-", "stackpane-", "flowpane-", "anchorpane-", "tilepane-");

    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private RoleGate() {
    }

    /** "Your role (viewer) may not schedule officers.": the tooltip of a disabled action. */
    public static String refusalText(Actor actor, Permission permission) {
        return "Your role (" + actor.role().label().toLowerCase(Locale.ROOT) + ") may not "
                + permission.description() + ".";
    }

    /** True when {@code actor} may do none of {@code screenPermissions}: the screen is read-only for them. */
    public static boolean readOnly(Actor actor, Permission... screenPermissions) {
        for (Permission permission : screenPermissions) {
            if (actor.may(permission)) {
                return false;
            }
        }
        return true;
    }

    /** "Read-only — signed in as Viewer". */
    public static String bannerText(Actor actor) {
        return "Read-only — signed in as " + actor.role().label();
    }

    /**
     * The service layer's refusal in {@code failure} (or its causes), if there is one: a view model shows
     * its message as a plain error, not as an unexpected failure with a stack trace.
     */
    public static java.util.Optional<AccessDeniedException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return java.util.Optional.of(denied);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Shows {@code failure} through {@code dialogs}: a refusal by the service layer as its own sentence,
     * anything else as an unexpected error with {@code message} and the details.
     */
    public static void showFailure(DialogService dialogs, String title, String message, Throwable failure) {
        var denied = refusal(failure);
        if (denied.isPresent()) {
            dialogs.showError(title, denied.get().getMessage());
        } else {
            dialogs.showError(title, message, failure);
        }
    }

    /**
     * Disables {@code control} for good when {@code actor} lacks {@code permission}, and explains why in a
     * tooltip. A disabled control shows no tooltip of its own, so the control is put in a small
     * {@link StackPane} that carries the tooltip (keeping its place and layout constraints in its pane).
     * Does nothing when the actor has the permission.
     *
     * @return true when the control was gated
     */
    public static boolean disable(Control control, Actor actor, Permission permission) {
        if (actor.may(permission)) {
            return false;
        }
        String why = refusalText(actor, permission);
        control.disableProperty().unbind();
        control.setDisable(true);
        control.setAccessibleHelp(why);
        control.getProperties().put(RoleGate.class, why);
        Tooltip tooltip = new Tooltip(why);
        Node host = tooltipHost(control);
        if (host instanceof StackPane holder && holder.getStyleClass().contains("sro-role-gate")) {
            Tooltip.install(holder, tooltip);
        } else {
            control.setTooltip(tooltip);
        }
        return true;
    }

    /** The refusal a gated control explains, or null when it is not gated. */
    public static String explanation(Node node) {
        Object why = node.getProperties().get(RoleGate.class);
        return why instanceof String text ? text : null;
    }

    private static Node tooltipHost(Control control) {
        Parent parent = control.getParent();
        if (parent instanceof StackPane existing && existing.getChildren().size() == 1) {
            // Already a tooltip host (the roster's entries): its own tooltip gives way to the refusal.
            if (existing.getProperties().get(TOOLTIP_KEY) instanceof Tooltip old) {
                Tooltip.uninstall(existing, old);
            }
            existing.getStyleClass().add("sro-role-gate");
            return existing;
        }
        if (!(parent instanceof Pane pane)) {
            return control;
        }
        int index = pane.getChildren().indexOf(control);
        StackPane holder = new StackPane();
        holder.getStyleClass().add("sro-role-gate");
        control.getProperties().forEach((key, value) -> {
            if (key instanceof String name && LAYOUT_CONSTRAINT_PREFIXES.stream().anyMatch(name::startsWith)) {
                holder.getProperties().put(name, value);
            }
        });
        holder.setMinWidth(Pane.USE_PREF_SIZE);
        pane.getChildren().set(index, holder);
        holder.getChildren().add(control);
        return holder;
    }

    /** Hides a context-menu item the actor may not use (a menu shows only what can be done). */
    public static boolean hide(MenuItem item, Actor actor, Permission permission) {
        if (actor.may(permission)) {
            return false;
        }
        item.setVisible(false);
        item.disableProperty().unbind();
        item.setDisable(true);
        return true;
    }

    /**
     * Puts the read-only banner at the top of {@code screen} when {@code actor} may do none of
     * {@code screenPermissions}: above a {@link BorderPane}'s top, first in a {@link VBox}, or at the top
     * of a {@link ScrollPane}'s content.
     *
     * @return the banner, or null when the screen is not read-only for the actor
     */
    public static Label showBannerIfReadOnly(Parent screen, Actor actor, Permission... screenPermissions) {
        Objects.requireNonNull(screen);
        if (!readOnly(actor, screenPermissions)) {
            return null;
        }
        Label banner = new Label(bannerText(actor));
        banner.setId("read-only-banner");
        banner.getStyleClass().add(BANNER_STYLE);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.getStylesheets().add(Objects.requireNonNull(RoleGate.class.getResource("role-gate.css")).toExternalForm());
        banner.setAccessibleHelp("Your role may look at this screen but not change anything on it.");
        place(screen, banner);
        return banner;
    }

    private static void place(Parent screen, Label banner) {
        if (screen instanceof BorderPane border) {
            Node top = border.getTop();
            if (top != null) {
                VBox.setMargin(banner, new Insets(0, 0, 8, 0)); // the top's toolbar may have no padding of its own
            }
            border.setTop(top == null ? banner : new VBox(banner, top));
        } else if (screen instanceof ScrollPane scroll && scroll.getContent() instanceof Parent content) {
            place(content, banner);
        } else if (screen instanceof Pane pane) {
            pane.getChildren().add(0, banner);
        } else {
            throw new IllegalArgumentException("No place for a banner in " + screen.getClass().getSimpleName());
        }
    }
}
