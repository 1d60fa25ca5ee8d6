package org.srodesk.export.pdf;

/**
 * Who the roster names for the unit: the district and unit as printed in the header, and the SRO
 * sergeant a principal calls when the school's own SRO cannot be reached. Blank values print as
 * nothing; none is null.
 */
public record UnitContacts(
        String districtName,
        String unitName,
        String sergeantName,
        String sergeantPhone,
        String sergeantEmail,
        String commanderName) {

    public UnitContacts {
        districtName = blankIfNull(districtName);
        unitName = blankIfNull(unitName);
        sergeantName = blankIfNull(sergeantName);
        sergeantPhone = blankIfNull(sergeantPhone);
        sergeantEmail = blankIfNull(sergeantEmail);
        commanderName = blankIfNull(commanderName);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
