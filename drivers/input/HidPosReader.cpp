// The HID POS scanner on its hidraw node: non-blocking reads driven by a QSocketNotifier, the
// report descriptor check, HidPosDecoder for the codes, unplug detection. See the header.
#include "drivers/input/HidPosReader.h"

#include "drivers/Logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <linux/hidraw.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ak::dev {

namespace {

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

QString plugInAgain() { return QCoreApplication::translate("HidPosReader", "Plug the scanner in again."); }

qint64 nowUs() {
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

HidPosReader::HidPosReader(Settings settings, QObject* parent)
    : TokenReader(parent), settings_(std::move(settings)), decoder_(settings_.decoder) {
    gapTimer_.setSingleShot(true);
    // A little longer than the decoder's own gap rule, so that a report still arriving wins.
    const qint64 gapMs = settings_.decoder.maxGapUs > 0 ? settings_.decoder.maxGapUs / 1000 + 50 : 0;
    gapTimer_.setInterval(int(qMin<qint64>(gapMs, 60'000)));
    connect(&gapTimer_, &QTimer::timeout, this, &HidPosReader::onGapTimeout);
}

HidPosReader::~HidPosReader() { (void)close(); }

QString HidPosReader::readerId() const { return settings_.readerId.isEmpty() ? settings_.path : settings_.readerId; }

QString HidPosReader::description() const { return QStringLiteral("HID POS scanner %1").arg(settings_.path); }

DeviceResult HidPosReader::openDevice() {
    if (settings_.path.isEmpty())
        return DeviceError::make(DeviceError::Kind::Config,
                                 QCoreApplication::translate("HidPosReader", "No scanner device is set."));
    const QByteArray path = settings_.path.toLocal8Bit();
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        qCWarning(lcInput) << description() << "open failed:" << errnoText(err);
        switch (err) {
        case ENOENT:
        case ENODEV:
        case ENXIO: return DeviceError::make(DeviceError::Kind::NotFound, plugInAgain());
        case EACCES:
        case EPERM:
            return DeviceError::make(
                DeviceError::Kind::Config,
                QCoreApplication::translate("HidPosReader",
                                            "This program may not read the scanner (%1): add the user to the "
                                            "aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.")
                    .arg(settings_.path));
        default: return DeviceError::make(DeviceError::Kind::Io);
        }
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISCHR(st.st_mode)) {
        ::close(fd);
        qCWarning(lcInput) << description() << "is not a character device";
        return DeviceError::make(
            DeviceError::Kind::Config,
            QCoreApplication::translate("HidPosReader", "%1 is not a scanner.").arg(settings_.path));
    }
    if (DeviceResult r = checkDescriptor(fd); !r) {
        ::close(fd);
        return r;
    }
    fd_ = fd;
    decoder_.reset();
    notifier_ = new QSocketNotifier(fd_, QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &HidPosReader::onReadable);
    setPowerState(PowerState::Online);
    qCInfo(lcInput) << description() << "opened";
    return {};
}

DeviceResult HidPosReader::checkDescriptor(int fd) const {
    int size = 0;
    hidraw_report_descriptor descriptor {};
    if (::ioctl(fd, HIDIOCGRDESCSIZE, &size) < 0 || size <= 0 || size > HID_MAX_DESCRIPTOR_SIZE) {
        // Not every stand-in (a serial bridge, an emulation) has a descriptor: then trust the settings.
        qCInfo(lcInput) << description() << "has no report descriptor to check (" << errnoText(errno) << ")";
        return {};
    }
    descriptor.size = quint32(size);
    if (::ioctl(fd, HIDIOCGRDESC, &descriptor) < 0) {
        qCInfo(lcInput) << description() << "report descriptor not readable:" << errnoText(errno);
        return {};
    }
    const QByteArrayView bytes(reinterpret_cast<const char*>(descriptor.value), qsizetype(descriptor.size));
    if (HidPosDecoder::declaresBarcodeScannerPage(bytes)) return {};
    qCWarning(lcInput) << description() << "report descriptor has no Bar Code Scanner usage page (0x8C):"
                       << bytes.toByteArray().toHex(' ');
    return DeviceError::make(DeviceError::Kind::Unsupported,
                             QCoreApplication::translate("HidPosReader",
                                                         "%1 is not a barcode scanner in USB HID POS mode. Set the "
                                                         "scanner to HID POS with the setup code in its manual, or "
                                                         "set it up as a keyboard scanner.")
                                 .arg(settings_.path));
}

DeviceResult HidPosReader::enableDevice(bool enabled) {
    if (fd_ < 0 && enabled) return DeviceError::make(DeviceError::Kind::NotFound, plugInAgain());
    // What came before enabling is not a scan for us.
    decoder_.reset();
    gapTimer_.stop();
    return {};
}

void HidPosReader::closeDevice() { closeFd(); }

void HidPosReader::closeFd() {
    gapTimer_.stop();
    if (notifier_) {
        // Later: closing may happen inside the notifier's own activated() (unplug).
        notifier_->setEnabled(false);
        notifier_->deleteLater();
        notifier_ = nullptr;
    }
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    decoder_.reset();
}

void HidPosReader::onReadable() {
    char buf[4096];  // far more than any input report (HID POS: 64 bytes)
    for (;;) {
        if (fd_ < 0) return;
        const ssize_t n = ::read(fd_, buf, sizeof buf);
        if (n > 0) {
            const QByteArrayView bytes(buf, n);
            // hidraw gives one report per read. A byte stream standing in for it (a pty under umockdev,
            // a serial bridge) may hand over several 64-byte reports at once: those are taken one by one.
            if (n > HidPosDecoder::kReportSize && n % HidPosDecoder::kReportSize == 0) {
                for (qsizetype i = 0; i < n; i += HidPosDecoder::kReportSize)
                    handleReport(bytes.sliced(i, HidPosDecoder::kReportSize));
            } else {
                handleReport(bytes);
            }
            continue;
        }
        if (n == 0) return unplugged(ENODEV);  // hidraw never ends a stream while the device is there
        const int err = errno;
        if (err == EINTR) continue;
        if (err == EAGAIN) return;
        return unplugged(err);
    }
}

void HidPosReader::handleReport(QByteArrayView report) {
    if (!isEnabled()) return;
    const qint64 ignoredBefore = decoder_.ignoredReports();
    for (const HidPosScan& scan : decoder_.report(report, nowUs())) deliver(scan);
    if (decoder_.ignoredReports() != ignoredBefore)
        qCDebug(lcInput) << description()
                         << "ignored a report that is not scanned data:" << report.toByteArray().toHex(' ');
    if (decoder_.pending() && gapTimer_.interval() > 0)
        gapTimer_.start();
    else
        gapTimer_.stop();
}

void HidPosReader::onGapTimeout() {
    if (std::optional<HidPosScan> scan = decoder_.interrupt()) deliver(*scan);
}

void HidPosReader::deliver(const HidPosScan& scan) {
    switch (scan.status) {
    case HidPosScan::Status::TooLong:
        qCWarning(lcInput) << description() << "dropped a code longer than" << settings_.decoder.maxLength << "bytes ("
                           << scan.reports << "reports)";
        return;
    case HidPosScan::Status::Interrupted:
        qCWarning(lcInput) << description() << "dropped a half-received code: its last report never came ("
                           << scan.reports << "reports," << scan.data.size() << "bytes)";
        return;
    case HidPosScan::Status::Complete: break;
    }
    TokenRead read;
    read.kind = scan.kind;
    read.symbology = scan.symbology;
    read.text = scan.text();
    read.raw = scan.data;
    read.readerId = readerId();
    qCDebug(lcInput) << description() << "read" << read.symbology << read.raw.size() << "bytes in" << scan.reports
                     << "reports";
    emit dataReceived();
    emit tokenRead(read);
}

void HidPosReader::unplugged(int err) {
    qCWarning(lcInput) << description() << "read failed:" << errnoText(err) << "- taken as unplugged";
    closeFd();
    setPowerState(PowerState::Offline);
    reportError(DeviceError::make(DeviceError::Kind::NotFound, plugInAgain()));
    emit gone();
}

}  // namespace ak::dev
