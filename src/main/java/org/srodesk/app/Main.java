package org.srodesk.app;

/** Command-line entry point; being built on main. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SroDeskApp.launch(DataDirectory.defaultDatabase());
    }
}
