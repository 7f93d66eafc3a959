#include "core/storage/Backup.h"

#include "core/audit/CafeCopy.h"
#include "core/journal/Journal.h"
#include "core/storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ak {

Q_LOGGING_CATEGORY(lcBackup, "aktivkafe.core.backup")

namespace {

const QRegularExpression& backupName() {
    static const QRegularExpression re(
        QStringLiteral("^aktivkafe-[A-Za-z0-9_-]+-(\\d{8}-\\d{6})-[0-9a-f]{12}\\.sqlite$"));
    return re;
}

// fsync a file or a folder by path; false with errno set when it could not be done.
bool syncPath(const QString& path, bool folder) {
    const int fd = ::open(QFile::encodeName(path).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

// Which folder a problem is in: the first one ([database] backup_directory) or the second one, the
// backup stick (second_backup_directory); each is said in its own words.
enum class Folder { First, Stick };

// Why a file could not be written in `folder`, in words for the manager.
Error folderProblem(const QString& folder, int err, Folder which = Folder::First) {
    const bool stick = which == Folder::Stick;
    if (err == ENOSPC || err == EDQUOT)
        return Error{ErrorCode::Io,
                     (stick ? Backup::tr("The backup stick (%1) is full. Delete old files from it or use a bigger stick.")
                            : Backup::tr("The backup folder %1 is full. Make room there (or choose another folder "
                                         "in [database] backup_directory) and try again."))
                         .arg(folder)};
    if (err == EACCES || err == EPERM || err == EROFS)
        return Error{ErrorCode::Io,
                     (stick ? Backup::tr("Aktivkafe may not write on the backup stick (%1): it is read-only or "
                                         "write-protected, or the folder does not let Aktivkafe write in it.")
                            : Backup::tr("Aktivkafe may not write in the backup folder %1. Give it write access "
                                         "(or choose another folder in [database] backup_directory)."))
                         .arg(folder)};
    return Error{ErrorCode::Io, (stick ? Backup::tr("The backup could not be copied to the backup stick (%1): %2.")
                                       : Backup::tr("The backup could not be written in %1: %2."))
                                    .arg(folder, QString::fromLocal8Bit(std::strerror(err)))};
}

// `from` into a new file `to` (which must not exist) with the same permissions, synced; 0 or errno.
int copyFile(const QString& from, const QString& to) {
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return errno;
    struct stat st {};
    const mode_t mode = ::fstat(in, &st) == 0 ? (st.st_mode & 0777) : 0600;
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return err;
    }
    std::vector<char> buffer(1 << 20);
    int err = 0;
    for (;;) {
        const ssize_t got = ::read(in, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) err = errno;
        if (got <= 0) break;
        for (ssize_t done = 0; done < got && err == 0;) {
            const ssize_t put = ::write(out, buffer.data() + done, size_t(got - done));
            if (put < 0 && errno == EINTR) continue;
            if (put < 0) err = errno;
            else done += put;
        }
        if (err != 0) break;
    }
    if (err == 0 && ::fsync(out) != 0) err = errno;
    if (::close(out) != 0 && err == 0) err = errno;
    ::close(in);
    return err;
}

// The checks a backup must pass: SQLite's own, ours (application id via Database::open), the journal.
Result<qint64> checkOpen(const QString& file) {
    DatabaseOptions options;
    options.readOnly = true;
    auto db = Database::open(file, options);
    if (!db) return db.error();
    auto integrity = sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) return integrity.error();
    if (integrity->toString() != QLatin1String("ok"))
        return Error{ErrorCode::Storage, Backup::tr("%1 is damaged (SQLite's integrity check: %2).")
                                             .arg(file, integrity->toString().left(200))};
    const SystemClock clock;
    Journal journal(*db.value(), clock, QString());
    auto verified = journal.verify();
    if (!verified) return verified.error();
    if (!verified->ok())
        return Error{ErrorCode::Storage, Backup::tr("The journal in %1 does not verify: %2").arg(file, verified->reason)};
    return verified->entries;
}

// SQLite's consistent copy of the whole file, while the till keeps working.
Result<void> vacuumInto(Database& db, const QString& temp) {
    QString quoted = temp;
    quoted.replace(u'\'', QStringLiteral("''"));
    // A read-only opening (`aktivkafe backup`) has query_only on; VACUUM INTO writes only the copy.
    auto queryOnly = sql::scalar(db.connection(), QStringLiteral("PRAGMA query_only"));
    const bool wasQueryOnly = queryOnly && queryOnly->toInt() == 1;
    if (wasQueryOnly) (void)sql::exec(db.connection(), QStringLiteral("PRAGMA query_only = 0"));
    auto vacuumed = sql::exec(db.connection(), QStringLiteral("VACUUM INTO '%1'").arg(quoted));
    if (wasQueryOnly) (void)sql::exec(db.connection(), QStringLiteral("PRAGMA query_only = 1"));
    return vacuumed;
}

Result<void> copyFromServer(const Database& db, const QString& temp) {
    auto file = Database::open(temp);
    if (!file) return file.error();
    auto copied = CafeCopy::copy(db, *file.value());
    if (!copied) return copied.error();
    return {};
}

}  // namespace

bool Backup::isBackupName(const QString& fileName) { return backupName().match(fileName).hasMatch(); }

std::vector<std::pair<QDateTime, QString>> Backup::list(const QString& directory) {
    std::vector<std::pair<QDateTime, QString>> backups;
    for (const QString& n : QDir(directory).entryList({QStringLiteral("aktivkafe-*.sqlite")}, QDir::Files)) {
        const auto m = backupName().match(n);
        if (!m.hasMatch()) continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeZone(QTimeZone::utc());
        if (at.isValid()) backups.emplace_back(at, n);
    }
    std::sort(backups.begin(), backups.end());  // oldest first
    return backups;
}

Result<BackupFile> Backup::write(Database& db, const QString& directory, const QString& label, const QDateTime& nowUtc) {
    static const QRegularExpression labelRe(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    if (!labelRe.match(label).hasMatch())
        return Error{ErrorCode::InvalidInput, QStringLiteral("A backup label must be 1-40 letters, digits, '-' or '_'.")};
    if (db.isInMemory())
        return Error{ErrorCode::InvalidInput, tr("A café kept only in memory cannot be backed up.")};
    const QFileInfo folder(directory);
    if (directory.isEmpty() || !folder.exists())
        return Error{ErrorCode::Io, tr("The backup folder %1 does not exist. Create it, or set [database] backup_directory "
                                       "to a folder that does.")
                                        .arg(directory)};
    if (!folder.isDir())
        return Error{ErrorCode::Io, tr("%1 is not a folder; [database] backup_directory must name one.").arg(directory)};
    const QString dir = folder.absoluteFilePath();

    QString headHash(12, u'0');
    {
        auto head = db.query(QStringLiteral("SELECT hash FROM journal_head WHERE id = 1"));
        if (!head) return head.error();
        if (head->next()) headHash = head->value(0).toString().left(12);
        head->finish();  // VACUUM refuses to run beside a statement still in progress
    }
    const QString name = QStringLiteral("aktivkafe-%1-%2-%3.sqlite")
                             .arg(label, nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), headHash);
    const QString finalPath = QDir(dir).filePath(name);
    const QString temp = QDir(dir).filePath(QStringLiteral(".") + name + QStringLiteral(".partial"));
    QFile::remove(temp);

    // Probe the folder first: SQLite's own message for a read-only folder or a full disk is vague.
    {
        const QByteArray probe = QFile::encodeName(temp);
        const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) return folderProblem(dir, errno);
        ::close(fd);
        ::unlink(probe.constData());
    }
    const auto cleanup = [&] { QFile::remove(temp); };
    // A server's café is backed up as an SQLite café file like any other: the same checks, the same
    // restore, readable without the server. pg_dump remains the server's own backup.
    if (auto made = db.isPostgres() ? copyFromServer(db, temp) : vacuumInto(db, temp); !made) {
        cleanup();
        // Tell a full folder from other failures by trying to reserve the space the copy needs.
        const qint64 needed = QFileInfo(db.path()).size();
        const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        int err = 0;
        if (fd >= 0) {
            err = ::posix_fallocate(fd, 0, needed > 0 ? needed : 1);
            ::close(fd);
        }
        cleanup();
        if (err == ENOSPC) return folderProblem(dir, ENOSPC);
        qCWarning(lcBackup) << "the copy failed:" << made.error().message;
        return made.error();
    }
    auto entries = checkOpen(temp);
    if (!entries) {
        cleanup();
        return entries.error();
    }
    if (!syncPath(temp, false)) {
        const int err = errno;
        cleanup();
        return folderProblem(dir, err);
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int err = errno;
        cleanup();
        return folderProblem(dir, err);
    }
    if (!syncPath(dir, true)) qCWarning(lcBackup) << "could not sync the folder" << dir;
    qCInfo(lcBackup) << "backup written:" << finalPath;
    return BackupFile{finalPath, QFileInfo(finalPath).size(), entries.value()};
}

Result<BackupFile> Backup::copy(const BackupFile& backup, const QString& directory) {
    const QFileInfo folder(directory);
    if (directory.isEmpty() || !folder.exists())
        return Error{ErrorCode::Io, tr("The second backup folder %1 is not there: is the backup stick plugged in?")
                                        .arg(directory)};
    if (!folder.isDir())
        return Error{ErrorCode::Io,
                     tr("%1 is not a folder; [database] second_backup_directory must name one.").arg(directory)};
    const QString dir = folder.absoluteFilePath();
    const QString name = QFileInfo(backup.path).fileName();
    const QString finalPath = QDir(dir).filePath(name);
    if (QFileInfo(finalPath).absoluteDir() == QFileInfo(backup.path).absoluteDir())
        return Error{ErrorCode::InvalidInput, QStringLiteral("A second copy must go to another folder than the first.")};
    const QString temp = QDir(dir).filePath(QStringLiteral(".") + name + QStringLiteral(".partial"));
    QFile::remove(temp);
    const auto cleanup = [&] { QFile::remove(temp); };
    if (const int err = copyFile(backup.path, temp); err != 0) {
        cleanup();
        qCWarning(lcBackup) << "the copy to" << dir << "failed:" << std::strerror(err);
        return folderProblem(dir, err, Folder::Stick);
    }
    // Checked where it lies: a stick that garbles what it is given is found now, not at a restore.
    auto entries = checkOpen(temp);
    if (!entries) {
        cleanup();
        return entries.error();
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int err = errno;
        cleanup();
        return folderProblem(dir, err, Folder::Stick);
    }
    if (!syncPath(dir, true)) qCWarning(lcBackup) << "could not sync the folder" << dir;
    qCInfo(lcBackup) << "second copy written:" << finalPath;
    return BackupFile{finalPath, QFileInfo(finalPath).size(), entries.value()};
}

Result<QStringList> Backup::rotate(const QString& directory, int keepDays, const QDateTime& nowUtc, int keepAtLeast) {
    QDir dir(directory);
    if (!dir.exists()) return QStringList();
    const auto backups = list(directory);
    QStringList deleted;
    const QDateTime cutoff = nowUtc.toUTC().addDays(-keepDays);
    for (size_t i = 0; i + size_t(keepAtLeast) < backups.size(); ++i) {
        if (backups[i].first >= cutoff) break;
        if (!dir.remove(backups[i].second))
            return Error{ErrorCode::Io, tr("The old backup %1 could not be deleted.").arg(dir.filePath(backups[i].second))};
        deleted << backups[i].second;
    }
    return deleted;
}

Result<qint64> Backup::check(const QString& file) { return checkOpen(file); }

Result<RestoreOutcome> Backup::restore(const QString& backupFile, const QString& databasePath, const QDateTime& nowUtc) {
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (source == target) return Error{ErrorCode::InvalidInput, tr("The backup and the database are the same file.")};
    auto checked = checkOpen(source);
    if (!checked)
        return Error{checked.error().code, tr("%1 was not restored: %2 The café's database was not touched.")
                                               .arg(source, checked.error().message)};
    RestoreOutcome outcome{source, {}};
    if (QFileInfo::exists(target)) {
        DatabaseOptions options;
        options.createIfMissing = false;
        options.migrate = false;
        auto current = Database::open(target, options);
        if (current) {
            // A till or kiosk that is running would go on writing into the file being replaced.
            auto live = current.value()->query(QStringLiteral("SELECT station, host FROM station_leases"
                                                              " WHERE heartbeat_at >= ?"),
                                               {sql::utcText(nowUtc.addSecs(-60))});
            if (live && live->next())
                return Error{ErrorCode::Conflict, tr("%1 is running on %2. Close the till and the kiosk first, then "
                                                     "restore.")
                                                      .arg(live->value(0).toString(), live->value(1).toString())};
            const QString kept = target + QStringLiteral(".before-restore-%1.sqlite")
                                              .arg(nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QString quoted = kept;
            quoted.replace(u'\'', QStringLiteral("''"));
            if (auto r = sql::exec(current.value()->connection(), QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !r)
                return Error{ErrorCode::Io, tr("The current database could not be kept as %1 (%2); nothing was restored.")
                                                .arg(kept, r.error().message)};
            outcome.keptAs = kept;
        } else {
            // A damaged or foreign file is kept as it is, byte for byte.
            const QString kept = target + QStringLiteral(".before-restore-%1")
                                              .arg(nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (!QFile::copy(target, kept))
                return Error{ErrorCode::Io, tr("The current file could not be kept as %1; nothing was restored.").arg(kept)};
            outcome.keptAs = kept;
        }
    }
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(source, temp) || !syncPath(temp, false)) {
        const int err = errno;
        QFile::remove(temp);
        return folderProblem(QFileInfo(target).absolutePath(), err);
    }
    for (const QString& companion : Database::files(target).mid(1)) QFile::remove(companion);
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        QFile::remove(temp);
        return folderProblem(QFileInfo(target).absolutePath(), err);
    }
    syncPath(QFileInfo(target).absolutePath(), true);
    qCInfo(lcBackup) << "restored" << source << "into" << target << "kept the old one as" << outcome.keptAs;
    return outcome;
}

}  // namespace ak
