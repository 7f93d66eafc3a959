// The keyboard-wedge scanner on its evdev node: non-blocking reads driven by a QSocketNotifier,
// EVIOCGRAB while enabled, WedgeDecoder for the text, unplug detection. See the header.
#include "drivers/input/EvdevWedgeReader.h"

#include "drivers/Logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ak::dev {

namespace {

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

// What a volunteer can do about a node that cannot be opened; the errno goes to the log.
DeviceError openError(int err, const QString& path) {
    switch (err) {
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return DeviceError::make(DeviceError::Kind::NotFound,
                                 QCoreApplication::translate("EvdevWedgeReader", "Plug the scanner in again."));
    case EACCES:
    case EPERM:
        return DeviceError::make(
            DeviceError::Kind::Config,
            QCoreApplication::translate("EvdevWedgeReader",
                                        "This program may not read the scanner (%1): add the user to the "
                                        "aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.")
                .arg(path));
    case EBUSY:
        return DeviceError::make(DeviceError::Kind::Busy);
    default:
        return DeviceError::make(DeviceError::Kind::Io);
    }
}

}  // namespace

EvdevWedgeReader::EvdevWedgeReader(Settings settings, QObject* parent)
    : TokenReader(parent), settings_(std::move(settings)) {
    gapTimer_.setSingleShot(true);
    // A little longer than the decoder's own gap rule, so that a scan still arriving wins.
    const qint64 gapMs = settings_.decoder.maxGapUs > 0 ? settings_.decoder.maxGapUs / 1000 + 50 : 0;
    gapTimer_.setInterval(int(qMin<qint64>(gapMs, 60'000)));
    connect(&gapTimer_, &QTimer::timeout, this, &EvdevWedgeReader::onGapTimeout);
}

EvdevWedgeReader::~EvdevWedgeReader() { (void)close(); }

QString EvdevWedgeReader::readerId() const {
    return settings_.readerId.isEmpty() ? settings_.path : settings_.readerId;
}

QString EvdevWedgeReader::description() const {
    return QStringLiteral("evdev scanner %1 (%2)").arg(settings_.path, settings_.layout);
}

DeviceResult EvdevWedgeReader::openDevice() {
    layout_ = KeyboardLayout::byName(settings_.layout);
    if (!layout_) {
        qCWarning(lcInput) << description() << "unknown keyboard layout" << settings_.layout << "; known:"
                           << KeyboardLayout::names();
        return DeviceError::make(
            DeviceError::Kind::Config,
            QCoreApplication::translate("EvdevWedgeReader", "Unknown scanner keyboard layout \"%1\".")
                .arg(settings_.layout));
    }
    if (settings_.path.isEmpty())
        return DeviceError::make(DeviceError::Kind::Config,
                                 QCoreApplication::translate("EvdevWedgeReader", "No scanner device is set."));

    const QByteArray path = settings_.path.toLocal8Bit();
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        qCWarning(lcInput) << description() << "open failed:" << errnoText(err);
        return openError(err, settings_.path);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISCHR(st.st_mode)) {
        // A typo in the settings pointing at a file would otherwise "work" and never scan.
        ::close(fd);
        qCWarning(lcInput) << description() << "is not a character device";
        return DeviceError::make(
            DeviceError::Kind::Config,
            QCoreApplication::translate("EvdevWedgeReader", "%1 is not a scanner.").arg(settings_.path));
    }
    char name[256] = {};
    if (::ioctl(fd, EVIOCGNAME(sizeof name), name) >= 0) {
        name[sizeof name - 1] = 0;  // the kernel cuts a longer name without its terminator
        qCInfo(lcInput) << description() << "opened:" << name;
    } else {
        qCDebug(lcInput) << description() << "opened (no EVIOCGNAME:" << errnoText(errno) << ")";
    }

    fd_ = fd;
    pending_.clear();
    decoder_ = std::make_unique<WedgeDecoder>(*layout_, settings_.decoder);
    notifier_ = new QSocketNotifier(fd_, QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &EvdevWedgeReader::onReadable);
    setPowerState(PowerState::Online);
    return {};
}

DeviceResult EvdevWedgeReader::enableDevice(bool enabled) {
    if (fd_ < 0) {
        if (!enabled) return {};
        return DeviceError::make(DeviceError::Kind::NotFound,
                                 QCoreApplication::translate("EvdevWedgeReader", "Plug the scanner in again."));
    }
    if (enabled && settings_.grab) {
        if (::ioctl(fd_, EVIOCGRAB, 1) != 0) {
            const int err = errno;
            qCWarning(lcInput) << description() << "EVIOCGRAB failed:" << errnoText(err);
            if (err == EBUSY)  // another program (or another reader) holds the grab
                return DeviceError::make(DeviceError::Kind::Busy);
            return DeviceError::make(DeviceError::Kind::Io);
        }
        grabbed_ = true;
        qCDebug(lcInput) << description() << "grabbed";
    }
    if (!enabled) releaseGrab();
    // What was typed before enabling is not a scan for us.
    decoder_->reset();
    gapTimer_.stop();
    return {};
}

void EvdevWedgeReader::closeDevice() { closeFd(); }

void EvdevWedgeReader::releaseGrab() {
    if (!grabbed_ || fd_ < 0) return;
    if (::ioctl(fd_, EVIOCGRAB, 0) != 0) qCDebug(lcInput) << description() << "ungrab failed:" << errnoText(errno);
    grabbed_ = false;
}

void EvdevWedgeReader::closeFd() {
    gapTimer_.stop();
    if (notifier_) {
        // Later: closing may happen inside the notifier's own activated() (unplug).
        notifier_->setEnabled(false);
        notifier_->deleteLater();
        notifier_ = nullptr;
    }
    if (fd_ >= 0) {
        releaseGrab();  // the kernel drops the grab on close anyway; an emulated node learns it only so
        ::close(fd_);
        fd_ = -1;
    }
    grabbed_ = false;
    pending_.clear();
    if (decoder_) decoder_->reset();
}

void EvdevWedgeReader::onReadable() {
    // Drain everything there is: the notifier is level-triggered, but one wake-up per batch is cheaper.
    char buf[64 * sizeof(input_event)];
    for (;;) {
        if (fd_ < 0) return;
        const ssize_t n = ::read(fd_, buf, sizeof buf);
        if (n > 0) {
            handleEvents(buf, n);
            continue;
        }
        if (n == 0) return unplugged(ENODEV);  // evdev never ends a stream while the device is there
        const int err = errno;
        if (err == EINTR) continue;
        if (err == EAGAIN) return;
        return unplugged(err);
    }
}

void EvdevWedgeReader::handleEvents(const char* data, qsizetype size) {
    pending_.append(data, size);
    constexpr qsizetype kEvent = sizeof(input_event);
    qsizetype offset = 0;
    bool typed = false;
    for (; offset + kEvent <= pending_.size(); offset += kEvent) {
        input_event ev;
        std::memcpy(&ev, pending_.constData() + offset, kEvent);
        if (ev.type == EV_SYN && ev.code == SYN_DROPPED) {
            // The kernel's queue overflowed: keys were lost, so a half code would come out wrong.
            qCWarning(lcInput) << description() << "events dropped by the kernel; the code being read is discarded";
            decoder_->reset();
            continue;
        }
        if (ev.type != EV_KEY) continue;
        typed = true;
        if (!isEnabled()) continue;
        const qint64 timeUs = qint64(ev.input_event_sec) * 1'000'000 + qint64(ev.input_event_usec);
        if (std::optional<WedgeToken> token = decoder_->key(ev.code, ev.value, timeUs)) deliver(*token);
    }
    pending_.remove(0, offset);
    if (typed && isEnabled() && gapTimer_.interval() > 0) gapTimer_.start();
}

void EvdevWedgeReader::onGapTimeout() {
    if (!decoder_) return;
    if (std::optional<WedgeToken> token = decoder_->interrupt()) deliver(*token);
}

void EvdevWedgeReader::deliver(const WedgeToken& token) {
    switch (token.status) {
    case WedgeToken::Status::TooLong:
        qCWarning(lcInput) << description() << "dropped a read longer than" << settings_.decoder.maxLength
                           << "characters, starting" << token.text.left(20);
        return;
    case WedgeToken::Status::Interrupted:
        qCWarning(lcInput) << description() << "dropped a half-read code (its end never came):" << token.text.size()
                           << "characters";
        return;
    case WedgeToken::Status::Complete: break;
    }
    if (token.unmappedKeys > 0)
        qCInfo(lcInput) << description() << token.unmappedKeys << "keys the layout" << settings_.layout
                        << "does not type were skipped";
    TokenRead read;
    read.kind = TokenRead::Kind::Barcode;  // a wedge scanner does not say what it read
    read.text = token.text;
    read.raw = token.text.toUtf8();
    read.readerId = readerId();
    qCDebug(lcInput) << description() << "read" << read.text.size() << "characters";
    emit dataReceived();
    emit tokenRead(read);
}

void EvdevWedgeReader::unplugged(int err) {
    qCWarning(lcInput) << description() << "read failed:" << errnoText(err) << "- taken as unplugged";
    closeFd();
    setPowerState(PowerState::Offline);
    reportError(DeviceError::make(DeviceError::Kind::NotFound,
                                  QCoreApplication::translate("EvdevWedgeReader", "Plug the scanner in again.")));
    emit gone();
}

}  // namespace ak::dev
