package org.srodesk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.srodesk.domain.DayStatusKind;

/**
 * The status colours of SRO Desk, read from the one place they are defined: the looked-up colours
 * {@code -sro-*: #rrggbb;} in {@code /org/srodesk/theme/status-colors.css}. JavaFX screens use those
 * CSS variables directly; code without JavaFX (the PDF exporter, charts rendered for export) asks
 * this class, so every output shows the same colour for the same status.
 *
 * <p>Deliberately free of JavaFX: colours come back as {@code "#rrggbb"} strings or {@code 0xRRGGBB}
 * ints. Instances are immutable and thread-safe.
 */
public final class StatusPalette {

    /** Classpath location of the colour definitions. */
    public static final String RESOURCE = "/org/srodesk/theme/status-colors.css";

    /** Dark text drawn on every status fill. */
    public static final String TEXT = "-sro-status-text";
    /** Shading of days on which schools are not in session. */
    public static final String NON_SESSION = "-sro-non-session";
    /** Outline of today's column. */
    public static final String TODAY = "-sro-today";
    /** A school day with no SRO at the school: the school calls 911. */
    public static final String NO_SRO = "-sro-no-sro";

    private static final Pattern DEFINITION =
            Pattern.compile("(-sro-[a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");

    private static volatile StatusPalette standard;

    private final Map<String, String> colours;

    private StatusPalette(Map<String, String> colours) {
        this.colours = Collections.unmodifiableMap(colours);
    }

    /** The palette of the application, parsed once from {@link #RESOURCE}. */
    public static StatusPalette standard() {
        StatusPalette palette = standard;
        if (palette == null) {
            try (InputStream in = StatusPalette.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                palette = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            standard = palette;
        }
        return palette;
    }

    /**
     * Reads every {@code -sro-name: #rrggbb;} definition in {@code css}; later definitions of the
     * same name win, as in CSS.
     *
     * @throws IllegalArgumentException if a {@link DayStatusKind} has no colour
     */
    public static StatusPalette parse(String css) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(css);
        while (m.find()) {
            found.put(m.group(1), "#" + m.group(2).toLowerCase(Locale.ROOT));
        }
        for (DayStatusKind kind : DayStatusKind.values()) {
            if (!found.containsKey(variableName(kind))) {
                throw new IllegalArgumentException("No colour " + variableName(kind) + " for " + kind);
            }
        }
        return new StatusPalette(found);
    }

    /** The CSS looked-up colour of {@code kind}, e.g. {@code -sro-status-at-school}. */
    public static String variableName(DayStatusKind kind) {
        return "-sro-" + styleClass(kind).substring("sro-".length());
    }

    /**
     * The style class that fills a node with the colour of {@code kind} (defined in app.css),
     * e.g. {@code sro-status-rover}.
     */
    public static String styleClass(DayStatusKind kind) {
        return "sro-status-" + switch (kind) {
            case AT_SCHOOL -> "at-school";
            case ROVER_DUTY -> "rover";
            case COVERING -> "covering";
            case TIME_OFF -> "time-off";
            case REASSIGNED -> "reassigned";
            case UNIT_DUTY -> "unit";
            case UNASSIGNED -> "unassigned";
        };
    }

    /** The fill colour of {@code kind} as {@code "#rrggbb"}. */
    public String hex(DayStatusKind kind) {
        return hex(variableName(kind));
    }

    /** The fill colour of {@code kind} as {@code 0xRRGGBB}. */
    public int rgb(DayStatusKind kind) {
        return rgb(variableName(kind));
    }

    /**
     * The colour named {@code name}, with or without its {@code -sro-} prefix
     * ({@code "-sro-no-sro"} and {@code "no-sro"} are the same), as {@code "#rrggbb"}.
     *
     * @throws NoSuchElementException if the palette has no such colour
     */
    public String hex(String name) {
        String key = name.startsWith("-sro-") ? name : "-sro-" + name;
        String value = colours.get(key);
        if (value == null) {
            throw new NoSuchElementException("No colour " + key + " in " + RESOURCE);
        }
        return value;
    }

    /** The colour named {@code name} (see {@link #hex(String)}) as {@code 0xRRGGBB}. */
    public int rgb(String name) {
        return Integer.parseInt(hex(name).substring(1), 16);
    }

    /** Every colour by its full variable name, in the order of the stylesheet. */
    public Map<String, String> all() {
        return colours;
    }

    /** WCAG relative luminance (0 black … 1 white) of an {@code 0xRRGGBB} colour. */
    public static double relativeLuminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    /** CIE 1976 lightness L* (0 … 100) of an {@code 0xRRGGBB} colour: the grey it prints as. */
    public static double lightness(int rgb) {
        double y = relativeLuminance(rgb);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
