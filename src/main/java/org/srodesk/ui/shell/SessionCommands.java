package org.srodesk.ui.shell;

/**
 * The Account menu of the signed-in session, wired by the composition root to the sign-in flow and the
 * session lock. Called on the JavaFX thread, only while someone is signed in.
 */
public interface SessionCommands {

    /** Account → Change password…: the current password and a new one. */
    void changePassword();

    /** Account → Lock now (Ctrl+L): blurs every window until the password is entered again. */
    void lockNow();

    /** Account → Sign out: closes the screens and asks who signs in next. */
    void signOut();

    /** Nothing to do (before the composition root wires the session). */
    SessionCommands NONE = new SessionCommands() {
        @Override
        public void changePassword() {
        }

        @Override
        public void lockNow() {
        }

        @Override
        public void signOut() {
        }
    };
}
