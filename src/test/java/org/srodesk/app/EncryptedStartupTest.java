package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.FileEncryption;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.service.BackupService;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** Start-up on an encrypted database file (issue 11): the passphrase is asked before it opens. */
class EncryptedStartupTest {

    static final String PASSPHRASE = "night shift at central";

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<AppContext> opened = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private final Actor actor = new Actor("tester", "Tester", Role.SERGEANT);
    /** What the passphrase prompt answers, in turn; each question is recorded with its problem text. */
    private final Deque<Optional<String>> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<char[]> handedOut = new ArrayList<>();

    @AfterEach
    void closeAndLock() {
        opened.forEach(AppContext::close);
        FileEncryption.forgetAll();
    }

    private DatabaseStartup startup() {
        DatabaseStartup.PassphrasePrompt prompt = (file, problem) -> {
            asked.add(file.getFileName() + ": " + problem);
            Optional<char[]> answer = answers.removeFirst().map(String::toCharArray);
            answer.ifPresent(handedOut::add);
            return answer;
        };
        return new DatabaseStartup(new DirectTaskRunner(), dialogs, (file, mode) -> AppContext.open(file, actor, mode),
                prompt, new BackupRestore(Clock.systemDefaultZone()), file -> { }, opened::add, quits::incrementAndGet);
    }

    static Path encryptedDesk(Path file) {
        FileEncryption.encryptNew(file, PASSPHRASE.toCharArray(), 1_000);
        try (Database db = Database.openFile(file)) {
            db.useTransaction(h -> h.execute("INSERT INTO school (code, name, level) VALUES ('CEN', 'Central High', 'HIGH')"));
        }
        FileEncryption.forgetAll();
        return file;
    }

    private int schools() {
        return opened.get(0).database().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM school")
                .mapTo(Integer.class).one());
    }

    @Test
    void anEncryptedFileOpensOnlyAfterItsPassphraseAndAWrongOneIsToldAndAskedAgain() {
        Path file = encryptedDesk(folder.resolve("desk.mv.db"));
        answers.add(Optional.of("night shift at centrale"));
        answers.add(Optional.of(PASSPHRASE));
        startup().open(file);
        assertEquals(List.of("desk.mv.db: null",
                "desk.mv.db: The passphrase does not open " + file + "."), asked);
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).database().isEncrypted());
        assertEquals(1, schools());
        assertEquals(0, quits.get());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        for (char[] given : handedOut) {
            assertArrayEquals(new char[given.length], given, "every passphrase typed was overwritten");
        }
    }

    @Test
    void quittingThePassphraseQuestionQuitsAndLeavesTheFileAsItWas() throws Exception {
        Path file = encryptedDesk(folder.resolve("desk.mv.db"));
        byte[] before = Files.readAllBytes(file);
        answers.add(Optional.empty());
        startup().open(file);
        assertEquals(1, quits.get());
        assertTrue(opened.isEmpty());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aPlainFileOpensWithoutAnyPassphraseQuestion() {
        Path file = folder.resolve("plain.mv.db");
        Database.openFile(file).close();
        startup().open(file);
        assertEquals(1, opened.size());
        assertFalse(opened.get(0).database().isEncrypted());
        assertTrue(asked.isEmpty());
    }

    @Test
    void aLostKeyFileIsExplainedAndTheLatestBackupRestoresItAfterThePassphrase() throws Exception {
        Path file = encryptedDesk(folder.resolve("desk.mv.db"));
        FileEncryption.unlock(file, PASSPHRASE.toCharArray());
        try (Database db = Database.openFile(file)) {
            new BackupService(db, Clock.systemDefaultZone()).backUpDailyIfDue().orElseThrow();
        }
        FileEncryption.forgetAll();
        Files.delete(FileEncryption.keyFileOf(file));

        dialogs.choiceAnswers.add(DatabaseStartup.RESTORE_LATEST);
        answers.add(Optional.of(PASSPHRASE));
        startup().open(file);

        RecordingDialogService.Shown problem = dialogs.shown.get(0);
        assertEquals("Encrypted database cannot be opened", problem.title());
        assertTrue(problem.message().contains("is encrypted, but its key file") && problem.message()
                .contains("latest backup is desk-"), problem.message());
        assertNull(problem.details());
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).matches("desk-.*\\.zip: null"), asked.toString());
        assertEquals(1, opened.size(), dialogs.shown.toString());
        assertEquals("Backup restored", dialogs.last().title());
        assertTrue(Files.exists(FileEncryption.keyFileOf(file)), "the backup brought its key file back");
        assertEquals(1, schools());
    }
}
