#pragma once
// Typed device errors, in words a volunteer can act on, and the result of a life-cycle call.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace ak::dev {

struct DeviceError {
    enum class Kind {
        NotFound,      // not connected / unplugged / no such queue or host
        Offline,       // connected but not answering or not ready
        PaperOut,      // receipt paper ran out (possibly in the middle of a job)
        CoverOpen,     // the paper cover is open
        Timeout,       // did not finish within the time we allow
        Io,            // the connection failed while sending or reading
        Unsupported,   // this build or this model cannot do it
        InvalidState,  // a life-cycle call in the wrong order (claim before open, print before enable)
        Busy,          // claimed by someone else
        Config,        // the settings do not describe a usable device
    };
    Kind kind = Kind::Io;
    QString message;  // plain words for the person at the till; technical detail goes to the log
    int jobId = 0;    // the print job that failed, 0 if none

    // A default message for each kind, optionally followed by detail.
    static DeviceError make(Kind kind, const QString& detail = {}, int jobId = 0);
    static QString kindName(Kind kind);  // "PaperOut": for logs and tests
    bool operator==(const DeviceError&) const = default;
};

// Success or a DeviceError: what every life-cycle call returns. Never a silent bool.
class [[nodiscard]] DeviceResult {
public:
    DeviceResult() = default;
    DeviceResult(DeviceError error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const DeviceError& error() const { return *error_; }

private:
    std::optional<DeviceError> error_;
};

}  // namespace ak::dev

Q_DECLARE_METATYPE(ak::dev::DeviceError)
