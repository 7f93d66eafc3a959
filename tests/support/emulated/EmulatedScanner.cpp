#include "tests/support/emulated/EmulatedScanner.h"

#include "drivers/input/KeyboardLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include <linux/input-event-codes.h>
#include <linux/input.h>
#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <vector>

namespace aktest {

namespace {

[[noreturn]] void fail(const QString& what, GError* error = nullptr) {
    QString message = what;
    if (error) {
        message += QStringLiteral(": ") + QString::fromUtf8(error->message);
        g_error_free(error);
    }
    throw std::runtime_error(message.toStdString());
}

QString dataFile(const QString& name) {
    return QFileInfo(name).isAbsolute() ? name : EmulatedScanner::dataDir() + u'/' + name;
}

void appendKey(std::vector<input_event>& out, int code, int value) {
    timeval now{};
    ::gettimeofday(&now, nullptr);
    input_event key{};
    key.input_event_sec = now.tv_sec;
    key.input_event_usec = now.tv_usec;
    key.type = EV_KEY;
    key.code = static_cast<__u16>(code);
    key.value = value;
    out.push_back(key);
    input_event sync = key;  // SYN_REPORT ends each key's report
    sync.type = EV_SYN;
    sync.code = SYN_REPORT;
    sync.value = 0;
    out.push_back(sync);
}

}  // namespace

EmulatedScanner::EmulatedScanner(UMockdevTestbed* testbed) : bed_(testbed) {}

QString EmulatedScanner::byIdPath() {
    return QStringLiteral("/dev/input/by-id/usb-Aktivkafe_Test_Wedge_Scanner_0001-event-kbd");
}

QString EmulatedScanner::dataDir() { return QStringLiteral(AK_EMULATED_INPUT_DATA); }

QString EmulatedScanner::node() const { return QStringLiteral("/dev/input/event%1").arg(event_); }

QString EmulatedScanner::sysPath() const {
    return QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:05E0:1200.0001/input/input%1/event%2")
        .arg(event_ + 2)
        .arg(event_);
}

void EmulatedScanner::plug() {
    QFile f(dataFile(QStringLiteral("scanner-kbd.umockdev")));
    if (!f.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot read %1").arg(f.fileName()));
    const QString text = QString::fromUtf8(f.readAll())
                             .replace(QStringLiteral("input7"), QStringLiteral("input%1").arg(event_ + 2))
                             .replace(QStringLiteral("event5"), QStringLiteral("event%1").arg(event_));
    GError* error = nullptr;
    if (!umockdev_testbed_add_from_string(bed_, text.toUtf8().constData(), &error))
        fail(QStringLiteral("umockdev_testbed_add_from_string"), error);
    const QByteArray ioctls = dataFile(QStringLiteral("scanner-kbd.ioctl")).toLocal8Bit();
    if (!umockdev_testbed_load_ioctl(bed_, node().toUtf8().constData(), ioctls.constData(), &error))
        fail(QStringLiteral("umockdev_testbed_load_ioctl"), error);
    // The node's pty: closing our end is the unplug a reader sees (EIO). A program started from
    // here later (the apps the rig runs) must not hold that end open too.
    const int master = umockdev_testbed_get_dev_fd(bed_, node().toUtf8().constData());
    if (master >= 0) ::fcntl(master, F_SETFD, ::fcntl(master, F_GETFD) | FD_CLOEXEC);
    plugged_ = true;
}

void EmulatedScanner::unplug() {
    if (!plugged_) return;
    plugged_ = false;
    const int master = umockdev_testbed_get_dev_fd(bed_, node().toUtf8().constData());
    umockdev_testbed_uevent(bed_, sysPath().toUtf8().constData(), "remove");
    umockdev_testbed_remove_device(bed_, sysPath().toUtf8().constData());
    if (master >= 0) ::close(master);  // an open reader then reads EIO, as from a node gone
    // umockdev 0.17 leaves the by-id link behind (udev would remove it), and its map of the node's
    // pty, which the next node's pty (the same number again) could not be entered in.
    gchar* rootDir = umockdev_testbed_get_root_dir(bed_);
    const QString root = QString::fromUtf8(rootDir);
    g_free(rootDir);
    QFile::remove(root + byIdPath());
    const QString ptymap = root + QStringLiteral("/dev/.ptymap");
    for (const QString& entry : QDir(ptymap).entryList(QDir::System | QDir::NoDotAndDotDot))
        QFile::remove(ptymap + u'/' + entry);
    ++event_;
}

void EmulatedScanner::play(const QString& evemuFile) {
    GError* error = nullptr;
    const QByteArray path = dataFile(evemuFile).toLocal8Bit();
    if (!umockdev_testbed_load_evemu_events(bed_, node().toUtf8().constData(), path.constData(), &error))
        fail(QStringLiteral("umockdev_testbed_load_evemu_events"), error);
}

void EmulatedScanner::type(const QString& text, const QString& layout) {
    const ak::dev::KeyboardLayout* keys = ak::dev::KeyboardLayout::byName(layout);
    if (!keys) fail(QStringLiteral("no keyboard layout '%1'").arg(layout));
    std::vector<input_event> events;
    for (const QChar c : text) {
        int code = 0;
        bool shift = false;
        for (int k = 1; k < ak::dev::KeyboardLayout::kKeyCount && !code; ++k) {
            const ak::dev::KeySymbols s = keys->symbols(k);
            if (s.plain == c.unicode()) {
                code = k;
            } else if (s.shift == c.unicode()) {
                code = k;
                shift = true;
            }
        }
        if (!code) fail(QStringLiteral("'%1' has no key of its own on the %2 layout").arg(c).arg(layout));
        if (shift) appendKey(events, KEY_LEFTSHIFT, 1);
        appendKey(events, code, 1);
        appendKey(events, code, 0);
        if (shift) appendKey(events, KEY_LEFTSHIFT, 0);
    }
    appendKey(events, KEY_ENTER, 1);
    appendKey(events, KEY_ENTER, 0);
    const int master = umockdev_testbed_get_dev_fd(bed_, node().toUtf8().constData());
    if (!plugged_ || master < 0) fail(QStringLiteral("the scanner is not plugged in"));
    const auto* bytes = reinterpret_cast<const char*>(events.data());
    size_t left = events.size() * sizeof(input_event);
    while (left > 0) {
        const ssize_t n = ::write(master, bytes, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(QStringLiteral("cannot write into %1").arg(node()));
        bytes += n;
        left -= static_cast<size_t>(n);
    }
}

}  // namespace aktest
