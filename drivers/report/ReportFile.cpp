#include "drivers/report/ReportFile.h"

#include "drivers/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ak::dev {

namespace {

// The context lupdate gives tr() calls in this namespace (every message is made in a helper here).
QString tr(const char* text) { return QCoreApplication::translate("ak::dev", text); }
QString native(const QString& path) { return QDir::toNativeSeparators(path); }

ReportOutputError refused(const QString& path, const QString& why) {
    qCWarning(lcReport) << "refused to write" << path << ":" << why;
    return {ReportOutputError::Kind::Protected, why};
}

ReportOutputError failed(const QString& path, int error) {
    qCWarning(lcReport) << "cannot write" << path << ":" << std::strerror(error);
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        return {ReportOutputError::Kind::DiskFull,
                tr("The disk is full: the report could not be written to %1. Nothing was changed; free some space "
                   "or choose another disk.")
                    .arg(native(path))};
    return {ReportOutputError::Kind::CannotWrite, tr("The report could not be written to %1: %2. Nothing was changed.")
                                                      .arg(native(path), QString::fromLocal8Bit(std::strerror(error)))};
}

// The same file: the same path once links are resolved, or the same inode (a hard link).
bool sameFile(const QString& a, const QString& b) {
    const QFileInfo fa(a), fb(b);
    if (fa.absoluteFilePath() == fb.absoluteFilePath()) return true;
    // A file that does not exist yet: compare its folder resolved plus its name.
    auto resolved = [](const QFileInfo& f) {
        const QString dir = QFileInfo(f.absolutePath()).canonicalFilePath();
        return dir.isEmpty() ? f.absoluteFilePath() : dir + u'/' + f.fileName();
    };
    if (resolved(fa) == resolved(fb)) return true;
    struct stat sa {
    }, sb{};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Why an existing `path` must not be replaced, or empty when it is an earlier report of `kind`.
QString whyNotReplace(const QString& path, const struct stat& st, const ReportFileKind& kind) {
    if (S_ISLNK(st.st_mode))
        return tr("%1 is a link to another file; a report does not replace it. Choose another file name.")
            .arg(native(path));
    if (!S_ISREG(st.st_mode))
        return tr("%1 is not an ordinary file (a folder or a device); a report cannot be written there. Choose a "
                  "file name in a folder.")
            .arg(native(path));
    const QString other = tr("%1 already exists and is not an earlier “%2”; it was left as it is. Choose another "
                             "file name, or move the file away first.")
                              .arg(native(path), kind.name);
    if (st.st_size > ReportFile::kLargestEarlierReport) return other;
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly)) return other;
    return kind.matches(existing.readAll()) ? QString() : other;
}

ReportOutputError noFolder(const QString& folder) {
    return {ReportOutputError::Kind::NoFolder, tr("The folder %1 does not exist.").arg(native(folder))};
}

QString cafeFile(const QString& path) {
    return tr("%1 is one of the café's own files (its database or configuration); a report never replaces it. Choose "
              "another file name.")
        .arg(native(path));
}

bool writeAll(int fd, const QByteArray& bytes) {
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

}  // namespace

bool ReportFileKind::matches(const QByteArray& content) const {
    return content.startsWith(startsWith) && (contains.isEmpty() || content.contains(contains));
}

ReportOutcome<QString> ReportFile::write(const QString& path, const QByteArray& bytes, const ReportFileKind& kind,
                                         const QStringList& neverReplace) {
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (!target.absoluteDir().exists()) return noFolder(target.absolutePath());
    for (const QString& kept : neverReplace)
        if (!kept.isEmpty() && sameFile(absolute, kept)) return refused(absolute, cafeFile(absolute));
    const QByteArray finalName = QFile::encodeName(absolute);
    struct stat st {};
    if (::lstat(finalName.constData(), &st) == 0) {
        if (const QString why = whyNotReplace(absolute, st, kind); !why.isEmpty()) return refused(absolute, why);
    } else if (errno != ENOENT) {
        return failed(absolute, errno);
    }

    // A hidden temporary name in the same folder, so that the rename cannot cross file systems.
    QByteArray temp = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") + target.fileName()) + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return failed(absolute, errno);
    int error = 0;
    if (::fchmod(fd, 0644) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error == 0 && ::rename(temp.constData(), finalName.constData()) != 0) error = errno;
    if (error != 0) {
        ::unlink(temp.constData());
        return failed(absolute, error);
    }
    // The rename itself must reach the disk too, or a power cut could bring the old name back.
    if (const int dir = ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        dir >= 0) {
        if (::fsync(dir) != 0) qCWarning(lcReport) << "could not sync the folder of" << absolute;
        ::close(dir);
    }
    qCDebug(lcReport) << "wrote" << absolute << bytes.size() << "bytes";
    return absolute;
}

}  // namespace ak::dev
