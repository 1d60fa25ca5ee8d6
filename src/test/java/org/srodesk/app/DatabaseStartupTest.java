package org.srodesk.app;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

class DatabaseStartupTest {

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<AppContext> opened = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private final Actor actor = new Actor("tester", "Tester", Role.SERGEANT);

    @AfterEach
    void closeWhatOpened() {
        opened.forEach(AppContext::close);
    }

    private DatabaseStartup startup(Function<Path, AppContext> opener) {
        return startup((file, mode) -> opener.apply(file));
    }

    private DatabaseStartup startup(DatabaseStartup.Opener opener) {
        return new DatabaseStartup(new DirectTaskRunner(), dialogs, opener,
                new BackupRestore(Clock.systemDefaultZone()), file -> { }, opened::add, quits::incrementAndGet);
    }

    @Test
    void aFileInUseExplainsWhyAndOpensTheOtherFileTheUserChooses() {
        Path busy = folder.resolve("busy.mv.db");
        Path other = folder.resolve("other.mv.db");
        try (Database first = Database.openFile(busy)) {
            dialogs.choiceAnswers.add(DatabaseStartup.CHOOSE_ANOTHER);
            dialogs.pathAnswers.add(Optional.of(other));
            startup(file -> AppContext.open(file, actor)).open(busy);
        }
        assertEquals("choose", dialogs.shown.get(0).kind());
        assertEquals("Database already in use", dialogs.shown.get(0).title());
        assertTrue(dialogs.shown.get(0).message().contains("already open"), dialogs.shown.get(0).message());
        assertNull(dialogs.shown.get(0).details());
        assertEquals(1, opened.size());
        assertEquals(other.toAbsolutePath().toString(), opened.get(0).databaseDescription());
        assertEquals(0, quits.get());
    }

    @Test
    void quittingFromTheProblemDialogQuitsWithoutOpeningAnything() {
        dialogs.choiceAnswers.add(DatabaseStartup.QUIT);
        startup(file -> {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.CORRUPT, "The file is damaged.", null);
        }).open(folder.resolve("x.mv.db"));
        assertEquals("Database damaged or not an SRO Desk file", dialogs.last().title());
        assertEquals(1, quits.get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void cancellingTheFileChooserAsksAgainRatherThanLeavingNothingOpen() {
        dialogs.choiceAnswers.add(DatabaseStartup.CHOOSE_ANOTHER);
        dialogs.pathAnswers.add(Optional.empty());
        dialogs.choiceAnswers.add(DatabaseStartup.QUIT);
        startup(file -> {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NEWER_VERSION, "Newer.", null);
        }).open(folder.resolve("x.mv.db"));
        assertEquals(List.of("choose", "chooseFileToOpen", "choose"),
                dialogs.shown.stream().map(RecordingDialogService.Shown::kind).toList());
        assertEquals(1, quits.get());
    }

    @Test
    void anUnexpectedFailureShowsAReadableErrorWithDetailsThenQuits() {
        startup(file -> {
            throw new IllegalStateException("out of file handles");
        }).open(folder.resolve("x.mv.db"));
        assertEquals("SRO Desk could not start", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("out of file handles"));
        assertNotNull(dialogs.last().details());
        assertEquals(1, quits.get());
    }

    @Test
    void everyProblemHasItsOwnTitle() {
        long distinct = java.util.Arrays.stream(DatabaseOpenException.Problem.values())
                .map(DatabaseStartup::titleOf).distinct().count();
        assertEquals(DatabaseOpenException.Problem.values().length, distinct);
    }
}
