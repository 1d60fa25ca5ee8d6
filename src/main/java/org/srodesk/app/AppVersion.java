package org.srodesk.app;

/** The version of this build: the jar manifest's Implementation-Version, or "dev" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
