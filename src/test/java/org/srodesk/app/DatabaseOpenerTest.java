package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.testing.EmbeddedPostgresServer;

/**
 * Connecting to a server that wants a password: the tests' PostgreSQL is told to ask the role
 * {@code desk_pw} for one (scram-sha-256 in pg_hba.conf; every other role stays trusted).
 */
class DatabaseOpenerTest {

    private static final String ROLE = "desk_pw";
    private static final String SECRET = "correct horse";
    private static String url;

    @TempDir
    Path folder;

    @BeforeAll
    static void aServerThatAsksDeskPwForItsPassword() throws Exception {
        String admin = EmbeddedPostgresServer.adminUrl();
        String database = EmbeddedPostgresServer.freshDatabase("password").replaceFirst(".*/", "");
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + SECRET + "'");
            s.execute("ALTER DATABASE " + database + " OWNER TO " + ROLE);
            s.execute("GRANT ALL ON SCHEMA public TO " + ROLE);
            Path hba;
            try (ResultSet r = s.executeQuery("SHOW hba_file")) {
                r.next();
                hba = Path.of(r.getString(1));
            }
            String rule = "host all " + ROLE + " 127.0.0.1/32 scram-sha-256\nhost all " + ROLE + " ::1/128 scram-sha-256\n";
            Files.writeString(hba, rule + Files.readString(hba));
            s.execute("SELECT pg_reload_conf()");
        }
        url = admin.replaceFirst("/postgres\\?.*$", "/" + database);
    }

    private static DatabaseLocation.Server server() {
        return (DatabaseLocation.Server) DatabaseLocation.parse(url, ROLE);
    }

    /** A prompt that answers {@code answers} in turn and records what it was asked. */
    private static final class ScriptedPrompt implements DatabaseOpener.PasswordPrompt {
        final List<String> asked = new ArrayList<>();
        final List<char[]> given = new ArrayList<>();
        private final String answer;

        ScriptedPrompt(String answer) {
            this.answer = answer;
        }

        @Override
        public Optional<char[]> ask(DatabaseLocation.Server server) {
            asked.add(server.user() + " on " + server.description());
            if (answer == null) {
                return Optional.empty();
            }
            char[] typed = answer.toCharArray();
            given.add(typed);
            return Optional.of(typed);
        }
    }

    @Test
    void withoutAPasswordTheServerRefusesAndSaysItWantsOne() {
        ScriptedPrompt nobody = new ScriptedPrompt(null);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> DatabaseOpener.open(server(), nobody));
        assertEquals(1, nobody.asked.size());
        assertTrue(e.getMessage().contains("asks for the password of " + ROLE), e.getMessage());
        assertTrue(DatabaseLocation.Server.isPasswordProblem(e));
    }

    @Test
    void aWrongPasswordIsRefusedInWords() {
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> DatabaseOpener.open(server(), new ScriptedPrompt("guess")));
        assertTrue(e.getMessage().contains("refused the login of " + ROLE), e.getMessage());
    }

    @Test
    void thePasswordTypedWhenAskedConnectsAndIsThenOverwritten() {
        ScriptedPrompt sergeant = new ScriptedPrompt(SECRET);
        try (Database db = DatabaseOpener.open(server(), sergeant)) {
            assertTrue(db.isServer());
            assertEquals(ROLE, db.withHandle(h -> h.createQuery("SELECT current_user").mapTo(String.class).one()));
        }
        assertEquals(1, sergeant.asked.size());
        assertArrayEquals(new char[SECRET.length()], sergeant.given.get(0), "the typed password is wiped");
    }

    @Test
    void thePasswordInThePgpassFileConnectsWithoutAsking() throws Exception {
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "localhost:*:*:" + ROLE + ":" + SECRET + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        ScriptedPrompt nobody = new ScriptedPrompt(null);
        try (Database db = DatabaseOpener.open(server(), nobody)) {
            assertTrue(db.description().startsWith("PostgreSQL d"), db.description());
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
        assertTrue(nobody.asked.isEmpty(), nobody.asked.toString());
    }
}
