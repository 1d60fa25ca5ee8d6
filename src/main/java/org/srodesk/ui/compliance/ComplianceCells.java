package org.srodesk.ui.compliance;

import java.time.YearMonth;
import java.util.Locale;

import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.domain.compliance.MonthNames;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.domain.compliance.TrainingState;
import org.srodesk.domain.compliance.TrainingStanding;

/** Cells and converters of the compliance screen: states as words on the palette's fills. */
final class ComplianceCells {

    private ComplianceCells() {
    }

    static String styleClass(TrainingState state) {
        return "sro-training-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String styleClass(LogState state) {
        return "sro-log-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Done · 2027-03-01", "Overdue · 2026-01-31", "Never completed": the state and the renewal day. */
    static String describe(TrainingStanding standing) {
        return standing.state() == TrainingState.MISSING ? standing.state().label()
                : standing.state().label() + " · " + standing.renewBy();
    }

    /** "1 missing log", "3 missing logs". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A cell that shows a word and takes the style class of its state. */
    static <S, T> TableCell<S, T> stateCell(java.util.function.Function<T, String> text,
                                             java.util.function.Function<T, String> style) {
        return new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                applied = style.apply(item);
                getStyleClass().add(applied);
            }
        };
    }

    static StringConverter<YearMonth> monthConverter() {
        return converter(m -> m == null ? "" : MonthNames.of(m));
    }

    static StringConverter<SchoolYear> yearConverter() {
        return converter(y -> y == null ? "" : y.label());
    }

    static StringConverter<OfficerRole> roleConverter() {
        return converter(r -> r == null ? "All roles" : r == OfficerRole.ROVER ? "Rovers" : "Primary SROs");
    }

    static StringConverter<TrainingState> stateConverter() {
        return converter(s -> s == null ? "Any state" : s.label());
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }
}
