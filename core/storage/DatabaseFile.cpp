#include "core/storage/DatabaseFile.h"

#include "core/storage/SqliteCode.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ak::dbfile {

Q_LOGGING_CATEGORY(lcDbFile, "aktivkafe.core.db")

namespace {

using namespace sqlite;

// Below this much free room, SQLite cannot even write a transaction's journal pages.
constexpr quint64 kFullBelowBytes = 64 * 1024;

QString folderOf(const QString& path) { return QFileInfo(path).absolutePath(); }

}  // namespace

Probe probe(const QString& path) {
    Probe p;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) return p;  // Missing
    if (!S_ISREG(st.st_mode)) return {Kind::NotAFile};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {Kind::Unreadable};
    const QByteArray header = f.read(100);
    if (header.isEmpty()) return {Kind::Empty};
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) return {Kind::NotSqlite};
    p.kind = Kind::Sqlite;
    p.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    p.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    return p;
}

bool folderWritable(const QString& path) {
    return ::faccessat(AT_FDCWD, QFile::encodeName(folderOf(path)).constData(), W_OK | X_OK, AT_EACCESS) == 0;
}

bool fileWritable(const QString& path) {
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

bool diskFull(const QString& path) {
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folderOf(path)).constData(), &fs) != 0) return false;
    return quint64(fs.f_bavail) * fs.f_frsize < kFullBelowBytes;
}

namespace {
Error readOnlyFolder(const QString& path) {
    return {ErrorCode::Io,
            QStringLiteral("The folder %1 is read-only for this program (a disk mounted read-only, a locked memory "
                           "stick, or missing permissions), so the database in it cannot be used for writing. The "
                           "database is not damaged: make the folder writable, or copy the database to a writable "
                           "folder.")
                .arg(folderOf(path))};
}
Error readOnlyFile(const QString& path) {
    return {ErrorCode::Io, QStringLiteral("%1 is read-only for this program, so the café cannot save anything in it. "
                                          "The database is not damaged: ask whoever set up the machine to make it "
                                          "writable.")
                               .arg(path)};
}
Error fullDisk(const QString& path) {
    return {ErrorCode::Io, QStringLiteral("The disk holding %1 is full. The database is not damaged: free some space "
                                          "(old reports, backups kept on the same disk) and start again.")
                               .arg(path)};
}
}  // namespace

std::optional<Error> writeProblem(const QString& path) {
    if (!folderWritable(path)) return readOnlyFolder(path);
    if (QFileInfo::exists(path) && !fileWritable(path)) return readOnlyFile(path);
    if (diskFull(path)) return fullDisk(path);
    return std::nullopt;
}

QString foreign(const QString& path) {
    return QStringLiteral("%1 is an SQLite database of another program, not an Aktivkafe café. It was not changed. "
                          "Check the path: a café's database is made by 'aktivkafe init'.")
        .arg(path);
}

QString refusal(const QString& path, const Probe& p) {
    switch (p.kind) {
    case Kind::NotAFile:
        return QStringLiteral("%1 is not a file (a folder or a device). Give the path of the café's database file.")
            .arg(path);
    case Kind::Unreadable:
        return QStringLiteral("%1 cannot be read: this user has no permission to open it. The file itself may be "
                              "fine; ask whoever set up the machine to let this user read it.")
            .arg(path);
    case Kind::NotSqlite:
        return QStringLiteral("%1 is not a database: it is some other kind of file. It was not changed. Check the "
                              "path; the café's database is the file given as [database] path.")
            .arg(path);
    case Kind::Sqlite:
        // 0 is SQLite's default: a café from before step 15, or a database made by hand (told apart
        // once it is open). Anything else is another program's mark.
        if (p.applicationId != 0 && p.applicationId != kApplicationId) return foreign(path);
        return {};
    case Kind::Missing:
    case Kind::Empty:
        return {};
    }
    return {};
}

Error explain(const QString& path, const QSqlError& error, bool forWriting) {
    const int code = sqlite::code(error);
    qCWarning(lcDbFile) << path << "failed:" << error.text() << "(SQLite code" << error.nativeErrorCode() << ")";
    const bool locked = code == kBusy || code == kLocked;
    if (locked)
        return {ErrorCode::Storage,
                QStringLiteral("%1 is locked by another program that does not let go of it (an open sqlite3 shell, a "
                               "backup tool, a till that hangs). The database is not damaged: close that program "
                               "and start again.")
                    .arg(path)};
    if (code == kFull || (forWriting && diskFull(path))) return fullDisk(path);
    const bool cannotWrite = code == kReadOnly || code == kCantOpen || code == kPerm || code == kIoErr;
    if (cannotWrite && !folderWritable(path)) return readOnlyFolder(path);
    if (cannotWrite && !fileWritable(path)) return readOnlyFile(path);
    if (code == kCorrupt || code == kNotADb)
        return {ErrorCode::Storage,
                QStringLiteral("%1 is damaged (SQLite says: %2). Stop using it and restore the latest backup; keep "
                               "the damaged file for whoever looks into it.")
                    .arg(path, error.databaseText())};
    return {ErrorCode::Storage,
            QStringLiteral("%1 could not be used: %2").arg(path, code != 0 ? error.databaseText() : error.text())};
}

}  // namespace ak::dbfile
