#include "BackupStickController.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackupStick, "aktivkafe.pos.backupstick")

namespace ak {

BackupStickController::BackupStickController(QString directory, const Clock& clock, QObject* parent)
    : QObject(parent), directory_(std::move(directory)), clock_(clock) {
    if (directory_.isEmpty()) return;  // nothing to watch, nothing to say
    timer_.setInterval(10 * 60 * 1000);
    connect(&timer_, &QTimer::timeout, this, &BackupStickController::refresh);
    timer_.start();
    refresh();
}

void BackupStickController::refresh() {
    const SecondBackupState now = SecondBackupAge::check(directory_, clock_);
    if (now.kind == state_.kind && now.days == state_.days && now.warn == state_.warn) return;
    if (now.warn) {
        const QString why = now.kind == SecondBackupState::Kind::FolderMissing ? QStringLiteral("is not there")
                            : now.kind == SecondBackupState::Kind::NoBackup
                                ? QStringLiteral("holds no backup")
                                : QStringLiteral("has had no new backup for %1 days").arg(now.days);
        qCInfo(lcBackupStick).noquote() << "the backup stick" << directory_ << why;
    }
    state_ = now;
    emit changed();
}

QString BackupStickController::warningText() const {
    if (!state_.warn) return {};
    switch (state_.kind) {
    case SecondBackupState::Kind::FolderMissing:
        return tr("The backup stick is not plugged in. Please put it in: a backup is saved on it tonight, or when "
                  "the day is closed. You can keep selling.");
    case SecondBackupState::Kind::NoBackup:
        return tr("There is no backup on the backup stick yet. Leave it plugged in: a backup is saved on it "
                  "tonight, or when the day is closed. You can keep selling.");
    case SecondBackupState::Kind::Old:
        // Always 7 or more days here: the plural needs no %n forms in English, Norwegian or Danish.
        return tr("No backup has been saved on the backup stick for %1 days. Check that it is plugged in: a backup "
                  "is saved on it tonight, or when the day is closed. If it is in, tell the manager. You can keep "
                  "selling.")
            .arg(state_.days);
    case SecondBackupState::Kind::NotConfigured:
    case SecondBackupState::Kind::Recent:
        break;
    }
    return {};
}

}  // namespace ak
