package org.srodesk.domain;

import java.util.Objects;

/**
 * A sworn officer of the SRO unit. The home school is not stored here but in {@link Assignment}s,
 * which keep the history of postings.
 */
public record Officer(
        long id,
        String badge,
        String lastName,
        String firstName,
        String rank,
        OfficerRole role,
        String phone,
        String email,
        String zone) {

    public Officer {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(role, "role");
        rank = rank == null ? "" : rank;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        zone = zone == null ? "" : zone;
    }

    /** "Lee, Pat" — how the roster lists officers. */
    public String sortName() {
        return lastName + ", " + firstName;
    }

    /** "Ofc. Pat Lee" style name for letters and PDFs. */
    public String displayName() {
        return (rank.isBlank() ? "" : rank + " ") + firstName + " " + lastName;
    }

    public boolean isRover() {
        return role == OfficerRole.ROVER;
    }

    public Officer withId(long newId) {
        return new Officer(newId, badge, lastName, firstName, rank, role, phone, email, zone);
    }
}
