package org.srodesk.export.notice;

/** How a principal reaches the SRO sergeant (settings {@code unit.sergeant.name/phone/email}). */
public record SergeantContact(String name, String phone, String email) {
    public SergeantContact {
        name = name == null || name.isBlank() ? "the SRO sergeant" : name;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }
}
