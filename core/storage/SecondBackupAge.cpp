#include "core/storage/SecondBackupAge.h"

#include "core/storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ak {

namespace {

quint32 bigEndian(const QByteArray& bytes, int at, int size) {
    quint32 value = 0;
    for (int i = 0; i < size; ++i) value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

}  // namespace

bool SecondBackupAge::looksWhole(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) return false;
    // https://www.sqlite.org/fileformat.html: page size at 16 (1 means 65536), change counter at 24,
    // page count at 28, valid while "version-valid-for" at 92 equals the change counter.
    const quint32 rawPageSize = bigEndian(header, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) return false;
    const qint64 size = f.size();
    if (size <= 0 || size % pageSize != 0) return false;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool countValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    return !countValid || size == qint64(pages) * pageSize;
}

SecondBackupState SecondBackupAge::check(const QString& directory, const Clock& clock) {
    SecondBackupState state;
    if (directory.isEmpty()) return state;
    state.warn = true;
    if (!QFileInfo(directory).isDir()) {
        state.kind = SecondBackupState::Kind::FolderMissing;
        return state;
    }
    // Newest first, by the time in the name: usually only the newest file's header is read.
    const auto backups = Backup::list(directory);
    for (auto it = backups.rbegin(); it != backups.rend(); ++it) {
        if (!looksWhole(QDir(directory).filePath(it->second))) continue;
        state.newestAt = it->first;
        break;
    }
    if (!state.newestAt.isValid()) {
        state.kind = SecondBackupState::Kind::NoBackup;
        return state;
    }
    state.days = int(std::max<qint64>(0, state.newestAt.secsTo(clock.now())) / (24 * 3600));
    state.warn = state.days >= kWarnAfterDays;
    state.kind = state.warn ? SecondBackupState::Kind::Old : SecondBackupState::Kind::Recent;
    return state;
}

}  // namespace ak
