#pragma once
// What writing a report to a file or sending it to a printer gives back: the result (the file
// written, the print job's id) or a typed error in words the manager can act on. drivers/ has no
// access to core's Result (ARCHITECTURE.md rule 1), and DeviceError's words are about receipt
// printers, not folders and files.

#include <QString>

#include <utility>
#include <variant>

namespace ak::dev {

struct ReportOutputError {
    enum class Kind {
        NoFolder,     // the folder to write into does not exist
        CannotWrite,  // the file could not be written: no permission, an I/O error, ...
        DiskFull,     // the disk (or the user's quota) is full: nothing was written
        Protected,    // the name belongs to something that must not be replaced (the database, a
                      // configuration file, a device, a file that is not an earlier report)
        NoFile,       // the file to print cannot be read
        NoQueue,      // the print server has no queue of that name
        NoServer,     // the print server does not answer
        Refused,      // the print server refused or lost the job
    };
    Kind kind;
    QString message;  // a whole sentence, with the file or queue named
};

template <class T>
class [[nodiscard]] ReportOutcome {
public:
    ReportOutcome(T value) : data_(std::move(value)) {}                  // NOLINT(google-explicit-constructor)
    ReportOutcome(ReportOutputError error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(data_); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(data_); }
    const ReportOutputError& error() const { return std::get<ReportOutputError>(data_); }

private:
    std::variant<T, ReportOutputError> data_;
};

}  // namespace ak::dev
