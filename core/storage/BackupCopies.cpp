#include "core/storage/BackupCopies.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcBackupCopies, "aktivkafe.core.backup.copies")

Result<WrittenBackups> BackupCopies::write(Database& db, const BackupSettings& settings, const QString& label,
                                           const QDateTime& nowUtc) {
    if (settings.createIfMissing && !settings.directory.isEmpty()) QDir().mkpath(settings.directory);
    auto first = Backup::write(db, settings.directory, label, nowUtc);
    if (!first) return first.error();
    WrittenBackups written{first.value(), {}};
    SecondBackup& second = written.second;
    second.wanted = !settings.secondDirectory.isEmpty();
    if (!second.wanted) return written;
    // Expired copies go first: a stick that holds keep_days of backups and no more takes tonight's.
    if (QFileInfo(settings.secondDirectory).isDir()) {
        if (auto old = Backup::rotate(settings.secondDirectory, settings.keepDays, nowUtc); old)
            second.deleted = old.value();
        else
            second.problems << old.error().message;
    }
    if (auto copied = Backup::copy(first.value(), settings.secondDirectory); copied) {
        second.path = copied->path;
        second.journalEntries = copied->journalEntries;
    } else {
        qCWarning(lcBackupCopies) << "no second copy:" << copied.error().message;
        second.problems.prepend(copied.error().message);
    }
    return written;
}

Result<QStringList> BackupCopies::rotate(const BackupSettings& settings, const QDateTime& nowUtc) {
    return Backup::rotate(settings.directory, settings.keepDays, nowUtc);
}

}  // namespace ak
