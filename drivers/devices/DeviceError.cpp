#include "drivers/devices/DeviceError.h"

namespace ak::dev {

namespace {
QString defaultMessage(DeviceError::Kind kind) {
    using K = DeviceError::Kind;
    switch (kind) {
    case K::NotFound: return QCoreApplication::translate("DeviceError", "The device is not connected.");
    case K::Offline: return QCoreApplication::translate("DeviceError", "The device is offline. Check that it is switched on.");
    case K::PaperOut: return QCoreApplication::translate("DeviceError", "The printer is out of paper. Ask a volunteer to put in a new roll.");
    case K::CoverOpen: return QCoreApplication::translate("DeviceError", "The printer cover is open. Close it firmly.");
    case K::Timeout: return QCoreApplication::translate("DeviceError", "The device did not answer in time.");
    case K::Io: return QCoreApplication::translate("DeviceError", "The connection to the device failed.");
    case K::Unsupported: return QCoreApplication::translate("DeviceError", "This device cannot do that.");
    case K::InvalidState: return QCoreApplication::translate("DeviceError", "The device is not ready for that yet.");
    case K::Busy: return QCoreApplication::translate("DeviceError", "The device is in use by another program.");
    case K::Config: return QCoreApplication::translate("DeviceError", "The device settings are not valid.");
    }
    return {};
}
}  // namespace

DeviceError DeviceError::make(Kind kind, const QString& detail, int jobId) {
    QString message = defaultMessage(kind);
    if (!detail.isEmpty()) message += u' ' + detail;
    return DeviceError{kind, message, jobId};
}

QString DeviceError::kindName(Kind kind) {
    using K = DeviceError::Kind;
    switch (kind) {
    case K::NotFound: return QStringLiteral("NotFound");
    case K::Offline: return QStringLiteral("Offline");
    case K::PaperOut: return QStringLiteral("PaperOut");
    case K::CoverOpen: return QStringLiteral("CoverOpen");
    case K::Timeout: return QStringLiteral("Timeout");
    case K::Io: return QStringLiteral("Io");
    case K::Unsupported: return QStringLiteral("Unsupported");
    case K::InvalidState: return QStringLiteral("InvalidState");
    case K::Busy: return QStringLiteral("Busy");
    case K::Config: return QStringLiteral("Config");
    }
    return QStringLiteral("Unknown");
}

}  // namespace ak::dev
