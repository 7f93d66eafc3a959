#pragma once
// A value or a typed, user-readable error. Used wherever something can fail for a reason a person
// may need to act on (bad input, storage, configuration, permissions). Never a silent bool.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ak {

enum class ErrorCode {
    InvalidInput,  // the caller gave something that cannot be accepted (message says what)
    NotFound,      // a referenced thing does not exist
    Storage,       // the database refused or failed
    Migration,     // a schema migration failed; the file was left untouched
    NewerSchema,   // the database was written by a newer version of Aktivkafe
    Config,        // the configuration file is wrong (message holds file:line:column)
    Permission,    // the acting person's role does not allow this
    Conflict,      // someone else changed the same thing first
    Locked,        // temporarily refused (e.g. too many wrong PINs)
    Device,        // a device failed
    Io,            // a file could not be read or written
};

struct Error {
    ErrorCode code;
    QString message;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor): return values
    Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
    static Result fail(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(data_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(data_); }
    T& value() & { return std::get<T>(data_); }
    T&& value() && { return std::get<T>(std::move(data_)); }
    const T* operator->() const { return &std::get<T>(data_); }
    T* operator->() { return &std::get<T>(data_); }
    const Error& error() const { return std::get<Error>(data_); }

private:
    std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
    static Result fail(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }

private:
    std::optional<Error> error_;
};

}  // namespace ak
