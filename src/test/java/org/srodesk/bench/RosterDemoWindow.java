package org.srodesk.bench;

import java.nio.file.Path;

import org.srodesk.app.SroDeskApp;
import org.srodesk.service.demo.DemoTier;

/**
 * Opens the real application on a demo database, for looking at the roster by eye and for
 * screenshots: {@code RosterDemoWindow [small|medium|large|xl] [folder]}.
 */
public final class RosterDemoWindow {

    private RosterDemoWindow() {
    }

    public static void main(String[] args) throws Exception {
        DemoTier tier = args.length > 0 ? DemoTier.parse(args[0]) : DemoTier.SMALL;
        Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"), "srodesk-demo");
        SroDeskApp.launch(new DemoDatabases(folder).file(tier));
    }
}
