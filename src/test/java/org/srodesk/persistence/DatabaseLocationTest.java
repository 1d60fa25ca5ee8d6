package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    private static final String URL = "jdbc:postgresql://db.unit.example:5433/srodesk";

    @TempDir
    Path folder;

    @Test
    void aPathIsAnEmbeddedFileAndAPostgresUrlIsAServer() {
        assertEquals(new DatabaseLocation.EmbeddedFile(Path.of("x/desk.mv.db")),
                DatabaseLocation.parse("x/desk.mv.db", null, Map.of()));
        DatabaseLocation.Server server = assertInstanceOf(DatabaseLocation.Server.class,
                DatabaseLocation.parse(URL, "sgt", Map.of()));
        assertEquals("sgt", server.user());
        assertEquals("PostgreSQL srodesk@db.unit.example:5433", server.description());
    }

    @Test
    void theLoginComesFromTheOptionThenTheUrlThenPgUserThenTheSystemUser() {
        Map<String, String> env = Map.of("PGUSER", "from_env");
        assertEquals("option", ((DatabaseLocation.Server) DatabaseLocation.parse(URL + "?user=in_url", "option", env)).user());
        assertEquals("in_url", ((DatabaseLocation.Server) DatabaseLocation.parse(URL + "?user=in_url", null, env)).user());
        assertEquals("from_env", ((DatabaseLocation.Server) DatabaseLocation.parse(URL, null, env)).user());
        assertEquals(System.getProperty("user.name"), ((DatabaseLocation.Server) DatabaseLocation.parse(URL, null, Map.of())).user());
    }

    @Test
    void otherKindsOfJdbcUrlAreRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseLocation.parse("jdbc:mysql://host/db", null, Map.of()));
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void thePasswordComesFromPgPasswordElseFromThePgpassFileElseNowhere() throws Exception {
        DatabaseLocation.Server server = (DatabaseLocation.Server) DatabaseLocation.parse(URL, "sgt", Map.of());
        assertArrayEquals("env-secret".toCharArray(), server.storedPassword(Map.of("PGPASSWORD", "env-secret")).orElseThrow());

        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, """
                # host:port:database:user:password
                other.example:5433:srodesk:sgt:wrong
                db.unit.example:5433:srodesk:cmdr:not-mine
                db.unit.example:*:srodesk:sgt:file-secret
                """);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String previous = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertArrayEquals("file-secret".toCharArray(), server.storedPassword(Map.of()).orElseThrow());
            DatabaseLocation.Server stranger = (DatabaseLocation.Server) DatabaseLocation.parse(URL, "nobody", Map.of());
            assertTrue(stranger.storedPassword(Map.of()).isEmpty());
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }
    }
}
