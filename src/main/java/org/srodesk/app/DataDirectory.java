package org.srodesk.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where SRO Desk keeps its files for this user: XDG data home on Linux, %APPDATA% on Windows,
 * ~/Library/Application Support on macOS.
 */
public final class DataDirectory {

    private static final String APP_FOLDER = "SRO Desk";
    private static final String LINUX_FOLDER = "sro-desk";

    private DataDirectory() {
    }

    public static Path forCurrentUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path dataHome = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return dataHome.resolve(LINUX_FOLDER);
    }

    /** The default database file of this user. */
    public static Path defaultDatabase() {
        return forCurrentUser().resolve("srodesk.mv.db");
    }

    /** The database file a demo tier lives in, separate from the user's own data. */
    public static Path demoDatabase(String tier) {
        return forCurrentUser().resolve("demo-" + tier + ".mv.db");
    }
}
