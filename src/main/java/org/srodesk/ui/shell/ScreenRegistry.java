package org.srodesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;

/**
 * Which view each {@link Screen} shows. Real screens plug in with one line in the composition root,
 * e.g. {@code registry.register(Screen.ROSTER, () -> RosterView.create(rosterViewModel))}; a screen
 * nobody registered shows {@link PlaceholderView#forScreen(Screen)}. Views are built on first visit,
 * on the JavaFX thread, and kept.
 */
public final class ScreenRegistry {

    private final Map<Screen, Supplier<? extends Node>> factories = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, StringProperty> badges = new EnumMap<>(Screen.class);

    /** Registers (or replaces) the factory of {@code screen}'s view; a view already built is dropped. */
    public ScreenRegistry register(Screen screen, Supplier<? extends Node> factory) {
        factories.put(Objects.requireNonNull(screen), Objects.requireNonNull(factory));
        built.remove(screen);
        return this;
    }

    /**
     * Forgets every registration, built view and badge (a sign-out: nothing of the last session stays):
     * unregistered screens show their placeholder again.
     */
    public void clear() {
        factories.clear();
        built.clear();
        badges.values().forEach(badge -> {
            badge.unbind();
            badge.set("");
        });
    }

    public boolean isRegistered(Screen screen) {
        return factories.containsKey(screen);
    }

    /** The view of {@code screen}, built on first call. */
    public Node view(Screen screen) {
        return built.computeIfAbsent(screen, s -> {
            Supplier<? extends Node> factory = factories.get(s);
            return factory == null ? PlaceholderView.forScreen(s) : factory.get();
        });
    }

    /**
     * The short text the navigation shows beside {@code screen}'s button, e.g. the number of pending
     * time-off requests; "" shows nothing. Bind it from the composition root.
     */
    public StringProperty badgeProperty(Screen screen) {
        return badges.computeIfAbsent(Objects.requireNonNull(screen), s -> new SimpleStringProperty(this, "badge", ""));
    }
}
