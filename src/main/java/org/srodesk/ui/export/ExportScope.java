package org.srodesk.ui.export;

/** Which schools the export writes. */
public enum ExportScope {
    ONE_SCHOOL,
    SELECTION,
    ALL_SCHOOLS
}
