package org.srodesk.domain;

import java.util.Objects;

/** A school of the district, identified for people by its short code (e.g. "CEN"). */
public record School(
        long id,
        String code,
        String name,
        SchoolLevel level,
        String address,
        String principalName,
        String principalEmail,
        String phone,
        String zone) {

    public School {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        address = address == null ? "" : address;
        principalName = principalName == null ? "" : principalName;
        principalEmail = principalEmail == null ? "" : principalEmail;
        phone = phone == null ? "" : phone;
        zone = zone == null ? "" : zone;
    }

    public boolean isHigh() {
        return level == SchoolLevel.HIGH;
    }

    public School withId(long newId) {
        return new School(newId, code, name, level, address, principalName, principalEmail, phone, zone);
    }
}
