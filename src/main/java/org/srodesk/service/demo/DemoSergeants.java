package org.srodesk.service.demo;

import org.srodesk.domain.Officer;

/** Which sergeant (user name) looks after an officer: the sergeant of the officer's zone. */
final class DemoSergeants {

    private final TierProfile profile;

    DemoSergeants(TierProfile profile) {
        this.profile = profile;
    }

    String userNameFor(Officer officer) {
        int zone = Math.max(0, profile.zones().indexOf(officer.zone()));
        return DemoNames.sergeantUserName(profile.sergeantFor(zone));
    }

    String mainSergeantName() {
        return profile.sergeants().get(0);
    }

    String mainSergeantUserName() {
        return DemoNames.sergeantUserName(mainSergeantName());
    }
}
