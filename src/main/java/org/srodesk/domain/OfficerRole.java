package org.srodesk.domain;

/** What an officer does in the unit. Primary SROs are posted to one school; rovers roam. */
public enum OfficerRole {
    PRIMARY_SRO,
    ROVER
}
