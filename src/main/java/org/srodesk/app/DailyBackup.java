package org.srodesk.app;

import org.srodesk.service.BackupService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.TaskRunner;
import org.srodesk.ui.shell.DeskBackups;
import org.srodesk.ui.shell.ShellViewModel;

/** When a desk opens: hands the window its backup commands and writes the day's first backup in the background. */
final class DailyBackup {

    private DailyBackup() {
    }

    static void start(AppContext opened, ShellViewModel viewModel, TaskRunner tasks, DialogService dialogs,
                      DeskBackups commands) {
        viewModel.useBackups(commands);
        if (opened.database().isReadOnly()) {
            return; // nothing changes, and the folder may not be writable
        }
        BackupService backups = opened.backupService();
        tasks.run("Daily backup…", backups::backUpDailyIfDue, written -> { },
                error -> dialogs.showError("Daily backup not written", error.getMessage()
                        + "\nSRO Desk keeps working; use File → Back up now… once the problem is solved."));
    }
}
