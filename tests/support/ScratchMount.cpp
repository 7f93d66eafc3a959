#include "tests/support/ScratchMount.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace ak::test {

namespace {
QByteArray options(qint64 bytes) { return QByteArrayLiteral("size=") + QByteArray::number(bytes) + "k"; }
}  // namespace

ScratchMount::ScratchMount(qint64 bytes) {
    if (!available() || !dir_.isValid()) return;
    const QByteArray where = QFile::encodeName(dir_.path());
    // tmpfs sizes are in pages; ask in KiB, at least one page.
    mounted_ = ::mount("tmpfs", where.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                       options(std::max<qint64>(4, bytes / 1024)).constData()) == 0;
}

ScratchMount::~ScratchMount() {
    if (mounted_) ::umount2(QFile::encodeName(dir_.path()).constData(), MNT_DETACH);
}

bool ScratchMount::available() { return ::geteuid() == 0; }

bool ScratchMount::fill() {
    if (!mounted_) return false;
    const int fd = ::open(QFile::encodeName(file(QStringLiteral(".filler"))).constData(), O_WRONLY | O_CREAT, 0600);
    if (fd < 0) return false;
    static const char zeros[4096] = {};
    // Whole pages first, then single bytes until nothing more fits.
    for (size_t chunk : {sizeof zeros, size_t(1)}) {
        while (true) {
            const ssize_t n = ::write(fd, zeros, chunk);
            if (n > 0) continue;
            if (n < 0 && errno == EINTR) continue;
            break;
        }
    }
    const bool full = errno == ENOSPC;
    ::close(fd);
    return full;
}

bool ScratchMount::makeReadOnly() {
    if (!mounted_) return false;
    return ::mount("tmpfs", QFile::encodeName(dir_.path()).constData(), "tmpfs",
                   MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0;
}

}  // namespace ak::test
