package org.srodesk.ui.common;

import java.util.List;

/** A file filter for {@link DialogService} file choosers, e.g. {@code ("SRO Desk database", "*.mv.db")}. */
public record FileType(String description, List<String> patterns) {

    public FileType {
        patterns = List.copyOf(patterns);
    }

    public static FileType of(String description, String... patterns) {
        return new FileType(description, List.of(patterns));
    }
}
