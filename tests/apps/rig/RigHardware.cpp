#include "tests/apps/rig/RigHardware.h"

#include "tests/support/emulated/EmulatedScanner.h"
#include "tests/support/emulated/UmockdevRun.h"
#include "tests/support/emulated/UsbFakePrinter.h"

#include <QStandardPaths>

#include <stdexcept>

namespace ak::rig {

namespace {

const QString kSerial = QStringLiteral("RIG0001");

// The scanner is on port 2 (1-2): unplugging one must not take the other's sysfs away.
aktest::UsbDeviceSpec epsonTmT88v() { return aktest::epsonTmT88v(kSerial, 3, 3); }

// A printer that is fine: online, cover shut, paper in, the drawer's sensor low (shut).
void answerStatus(aktest::FakeUsbDevice& printer) {
    for (const char n : {'\x01', '\x02', '\x04'})
        printer.replyTo(QByteArray("\x10\x04", 2) + n, QByteArray("\x12", 1));
}

}  // namespace

QString RigHardware::missingTools() {
    if (QStandardPaths::findExecutable(QStringLiteral("umockdev-wrapper")).isEmpty())
        return QStringLiteral("umockdev is not installed (Debian package umockdev)");
    return aktest::pcscMissing();
}

RigHardware::RigHardware()
    : pcscRun_(std::make_unique<QTemporaryDir>()),  // short: pcscd's socket path must fit sun_path
      usb_(std::make_unique<aktest::UsbTestbed>()) {
    if (!pcscRun_->isValid()) throw std::runtime_error("no temporary folder for pcscd");
    // libpcsclite reads it once per process: before the first PC/SC call (PrivatePcscd::start's).
    qputenv("PCSCLITE_CSOCK_NAME", aktest::PrivatePcscd::socketPath(pcscRun_->path()).toLocal8Bit());
    pcscd_ = std::make_unique<aktest::PrivatePcscd>(pcscRun_->path());
    printer_ = &usb_->add(epsonTmT88v());
    answerStatus(*printer_);
    // An app waiting for the printer idles as on a real one (bench/idle.sh); a job or a status
    // question then starts at most 50 ms late.
    printer_->setIdleReapWait(50);
    scanner_ = std::make_unique<aktest::EmulatedScanner>(usb_->testbed());
    scanner_->plug();
}

RigHardware::~RigHardware() {
    card_.reset();
    pcscd_.reset();
    scanner_.reset();
    usb_.reset();
}

QProcessEnvironment RigHardware::environment(QProcessEnvironment base) const {
    QProcessEnvironment env = aktest::umockdevEnvironment(usb_->testbed(), std::move(base));
    env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), aktest::PrivatePcscd::socketPath(pcscRun_->path()));
    return env;
}

QString RigHardware::devicesConfig() {
    return QStringLiteral(
               "[devices.printer]\nkind = \"usb\"\nvendor_id = \"0x04b8\"\nproduct_id = \"0x0202\"\nserial = \"%1\"\n"
               "profile = \"epson-tm-t88v\"\n"
               "[devices.scanner]\nkind = \"keyboard\"\nevdev_path = \"%2\"\nlayout = \"no\"\n"
               "[[devices.reader]]\nid = \"door-nfc\"\nkind = \"nfc\"\n")
        .arg(kSerial, aktest::EmulatedScanner::byIdPath());
}

QByteArray RigHardware::printed() const { return printer_->written(); }

void RigHardware::plugPrinter(bool plugged) {
    if (plugged == printerPlugged_) return;
    printerPlugged_ = plugged;
    if (plugged) {
        usb_->replug(*printer_);  // with its status answers: they stay with the device
    } else {
        usb_->unplug(*printer_);
    }
}

void RigHardware::plugScanner(bool plugged) {
    if (plugged == scanner_->plugged()) return;
    if (plugged) scanner_->plug();
    else scanner_->unplug();
}

void RigHardware::plugNfcReader(bool plugged) {
    card_.reset();
    pcscd_->restart(plugged);
}

void RigHardware::scan(const QString& code) { scanner_->type(code, QStringLiteral("no")); }

void RigHardware::holdCard(const char* uidHex) {
    card_.reset();
    card_ = std::make_unique<aktest::VirtualCard>(*pcscd_, aktest::VirtualCard::uid(uidHex));
}

void RigHardware::takeCardAway() { card_.reset(); }

}  // namespace ak::rig
