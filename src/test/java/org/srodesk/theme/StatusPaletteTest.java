package org.srodesk.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.DayStatusKind;

/**
 * The status colours must read without hue: in greyscale print and for colour-blind users.
 *
 * <p>Metric: CIE L* (perceptual lightness, what a colour prints as in greyscale). Two statuses that
 * can follow each other in ONE officer's row must differ by at least {@link #MIN_LIGHTNESS_STEP}
 * L* (about the step between neighbouring swatches of a readable 10-step grey ramp). A primary SRO's
 * row mixes AT_SCHOOL, TIME_OFF, REASSIGNED, UNIT_DUTY and UNASSIGNED; a rover's row mixes ROVER_DUTY,
 * COVERING, TIME_OFF, REASSIGNED and UNIT_DUTY. AT_SCHOOL and ROVER_DUTY never share a row, so
 * they may share a lightness (they differ in hue and label). Also, the dark label text must keep
 * WCAG AA contrast (4.5:1) on every fill.
 */
class StatusPaletteTest {

    static final double MIN_LIGHTNESS_STEP = 8.0;

    private static final List<Set<DayStatusKind>> ROWS = List.of(
            EnumSet.of(DayStatusKind.AT_SCHOOL, DayStatusKind.TIME_OFF, DayStatusKind.REASSIGNED,
                    DayStatusKind.UNIT_DUTY, DayStatusKind.UNASSIGNED),
            EnumSet.of(DayStatusKind.ROVER_DUTY, DayStatusKind.COVERING, DayStatusKind.TIME_OFF,
                    DayStatusKind.REASSIGNED, DayStatusKind.UNIT_DUTY));

    private final StatusPalette palette = StatusPalette.standard();

    @Test
    void everyDayStatusKindHasItsOwnColour() {
        Set<String> colours = new HashSet<>();
        for (DayStatusKind kind : DayStatusKind.values()) {
            assertTrue(palette.hex(kind).matches("#[0-9a-f]{6}"), kind + " " + palette.hex(kind));
            colours.add(palette.hex(kind));
        }
        assertEquals(DayStatusKind.values().length, colours.size(), "two statuses share a colour");
    }

    @Test
    void statusesThatShareARowDifferClearlyInGreyscaleLightness() {
        for (Set<DayStatusKind> row : ROWS) {
            for (DayStatusKind a : row) {
                for (DayStatusKind b : row) {
                    if (a.compareTo(b) < 0) {
                        double step = Math.abs(StatusPalette.lightness(palette.rgb(a)) - StatusPalette.lightness(palette.rgb(b)));
                        assertTrue(step >= MIN_LIGHTNESS_STEP,
                                a + " and " + b + " differ by only " + String.format("%.1f", step) + " L*");
                    }
                }
            }
        }
    }

    @Test
    void labelTextKeepsAaContrastOnEveryFill() {
        double text = StatusPalette.relativeLuminance(palette.rgb(StatusPalette.TEXT));
        for (String name : palette.all().keySet()) {
            if (name.equals(StatusPalette.TEXT) || name.equals(StatusPalette.TODAY)) {
                continue; // the text itself, and today's outline (not a fill)
            }
            double fill = StatusPalette.relativeLuminance(palette.rgb(name));
            double contrast = (Math.max(fill, text) + 0.05) / (Math.min(fill, text) + 0.05);
            assertTrue(contrast >= 4.5, name + " gives the label a contrast of only " + contrast);
        }
    }

    @Test
    void noSchoolDayStandsApartFromCoveredDaysInGreyscale() {
        double noSro = StatusPalette.lightness(palette.rgb(StatusPalette.NO_SRO));
        for (DayStatusKind kind : EnumSet.of(DayStatusKind.COVERING, DayStatusKind.AT_SCHOOL)) {
            assertTrue(Math.abs(noSro - StatusPalette.lightness(palette.rgb(kind))) >= MIN_LIGHTNESS_STEP, kind.name());
        }
    }

    @Test
    void coloursAreFoundByKindAndByNameWithOrWithoutPrefix() {
        assertEquals(palette.hex("-sro-status-rover"), palette.hex(DayStatusKind.ROVER_DUTY));
        assertEquals(palette.hex("status-rover"), palette.hex(DayStatusKind.ROVER_DUTY));
        assertEquals(Integer.parseInt(palette.hex(StatusPalette.NO_SRO).substring(1), 16), palette.rgb("no-sro"));
        assertEquals("-sro-status-time-off", StatusPalette.variableName(DayStatusKind.TIME_OFF));
    }

    @Test
    void parsingTakesTheLastDefinitionAndRefusesAPaletteMissingAKind() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (DayStatusKind kind : DayStatusKind.values()) {
            css.append(StatusPalette.variableName(kind)).append(": #111111;\n");
        }
        css.append("-sro-status-rover:#A0B0C0 ;\n}");
        assertEquals("#a0b0c0", StatusPalette.parse(css.toString()).hex(DayStatusKind.ROVER_DUTY));
        assertThrows(IllegalArgumentException.class,
                () -> StatusPalette.parse(css.toString().replace("-sro-status-unit:", "-sro-other:")));
    }

    @Test
    void appCssFillsEachStatusStyleClassWithItsLookedUpColour() throws IOException {
        String appCss;
        try (InputStream in = StatusPalette.class.getResourceAsStream("/org/srodesk/theme/app.css")) {
            appCss = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        assertTrue(appCss.contains("@import \"status-colors.css\""));
        for (DayStatusKind kind : DayStatusKind.values()) {
            String rule = "." + StatusPalette.styleClass(kind) + " { -fx-background-color: "
                    + StatusPalette.variableName(kind) + "; }";
            assertTrue(appCss.contains(rule), "app.css lacks " + rule);
        }
    }

    @Test
    void lightnessOfBlackAndWhiteIsTheScaleEnds() {
        assertEquals(0.0, StatusPalette.lightness(0x000000), 1e-9);
        assertEquals(100.0, StatusPalette.lightness(0xffffff), 1e-6);
    }
}
