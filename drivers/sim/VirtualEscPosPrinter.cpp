#include "drivers/sim/VirtualEscPosPrinter.h"

#include "drivers/print/EscPosCommands.h"

#include <QTimer>

namespace ak::dev {

VirtualEscPosPrinter::VirtualEscPosPrinter(QString name, QObject* parent) : ByteTransport(parent), name_(std::move(name)) {}

void VirtualEscPosPrinter::connectTransport() {
    if (!plugged_) {
        later([this] { emit failed(DeviceError::make(DeviceError::Kind::NotFound), 0); });
        return;
    }
    connected_ = true;
    later([this] { emit connected(); });
}

void VirtualEscPosPrinter::send(const QByteArray& bytes) {
    if (!connected_) {
        later([this] { emit failed(DeviceError::make(DeviceError::Kind::NotFound), 0); });
        return;
    }
    sends_.append(bytes);
    if (bytes == escpos::automaticStatusBack(0x0F)) {
        autoStatus_ = true;
        later([this, n = bytes.size()] {
            emit sent(n);
            emit received(autoStatusBlock());  // the first block comes at once
        });
        return;
    }
    if (paperLeft_ && *paperLeft_ < bytes.size()) {
        const qsizetype n = *paperLeft_;
        paperLeft_.reset();
        paper_.append(bytes.left(n));
        paperState_ = PrinterStatus::Paper::Out;
        // The printer stops taking bytes: the write times out, its status says why.
        later([this, n] {
            stateChanged();
            emit failed(DeviceError::make(DeviceError::Kind::Timeout), n);
        });
        return;
    }
    if (hold_) {
        held_ = bytes;
        return;
    }
    paper_.append(bytes);
    // ESC p: the drawer's solenoid pulls, the drawer springs open (its switch lifts pin 3).
    const bool kicks = bytes.contains(QByteArray("\x1bp", 2));
    later([this, n = bytes.size(), kicks] {
        emit sent(n);
        if (kicks) setDrawerPinHigh(true);
    });
}

void VirtualEscPosPrinter::query(const QByteArray& request, int replyLength, int timeoutMs) {
    Q_UNUSED(replyLength)
    if (!connected_) {
        later([this] { emit failed(DeviceError::make(DeviceError::Kind::NotFound), 0); });
        return;
    }
    if (answers_ == Answers::Nothing) {
        QTimer::singleShot(timeoutMs, this, [this] { emit failed(DeviceError::make(DeviceError::Kind::Timeout), 0); });
        return;
    }
    const int n = request.size() == 3 && request.at(0) == escpos::DLE ? request.at(2) : 0;
    ++questions_;
    const QByteArray reply = answers_ == Answers::Garbage ? QByteArray(1, '\xff') : QByteArray(1, char(realTimeAnswer(n)));
    later([this, reply] { emit replied(reply); });
}

quint8 VirtualEscPosPrinter::realTimeAnswer(int n) const {
    const bool out = paperState_ == PrinterStatus::Paper::Out;
    switch (n) {
    case 1: return 0x12 | (drawerHigh_ ? 0x04 : 0) | ((offline_ || cover_ || out || error_) ? 0x08 : 0);
    case 2: return 0x12 | (cover_ ? 0x04 : 0) | (out ? 0x20 : 0) | (error_ ? 0x40 : 0);
    case 3: return 0x12 | (error_ ? 0x08 : 0);
    case 4:
        return 0x12 | (out ? 0x60 : 0) | (paperState_ == PrinterStatus::Paper::NearEnd || out ? 0x0C : 0);
    default: return 0;
    }
}

QByteArray VirtualEscPosPrinter::autoStatusBlock() const {
    const bool out = paperState_ == PrinterStatus::Paper::Out;
    QByteArray b(4, '\0');
    b[0] = char(0x10 | (drawerHigh_ ? 0x04 : 0) | ((offline_ || cover_ || out || error_) ? 0x08 : 0) | (cover_ ? 0x20 : 0));
    b[1] = char(error_ ? 0x08 : 0);
    b[2] = char((out ? 0x0C : 0) | (paperState_ == PrinterStatus::Paper::NearEnd ? 0x03 : 0));
    b[3] = 0;
    return b;
}

void VirtualEscPosPrinter::stateChanged() {
    if (autoStatus_ && connected_) emit received(autoStatusBlock());
}

void VirtualEscPosPrinter::setPaper(PrinterStatus::Paper paper) { paperState_ = paper; stateChanged(); }
void VirtualEscPosPrinter::setCoverOpen(bool open) { cover_ = open; stateChanged(); }
void VirtualEscPosPrinter::setError(bool error) { error_ = error; stateChanged(); }
void VirtualEscPosPrinter::setDrawerPinHigh(bool high) { drawerHigh_ = high; stateChanged(); }
void VirtualEscPosPrinter::setOffline(bool offline) { offline_ = offline; stateChanged(); }

void VirtualEscPosPrinter::release() {
    hold_ = false;
    if (!held_) return;
    const QByteArray bytes = *held_;
    held_.reset();
    paper_.append(bytes);
    emit sent(bytes.size());
}

void VirtualEscPosPrinter::unplug() {
    plugged_ = false;
    const bool was = connected_;
    connected_ = false;
    autoStatus_ = false;
    if (held_) {
        const qsizetype half = held_->size() / 2;
        paper_.append(held_->left(half));
        held_.reset();
        emit failed(DeviceError::make(DeviceError::Kind::NotFound), half);
    }
    if (was) emit gone();
}

}  // namespace ak::dev
