#pragma once
// Internal to the SAF-T export (SaftExport.cpp, SaftEvents.cpp, SaftTransactions.cpp): writing the
// file's elements in the formats the schema and the official example use — amounts with two
// decimals and a dot, dates YYYY-MM-DD and times HH:MM:SS in the café's zone — indented by one
// space per level, into a buffer handed to the file in pieces of about 64 KB.
//
// Written by hand rather than with QXmlStreamWriter: the file is only elements with text (no
// attributes but the root's namespace, no mixed content), and QXmlStreamWriter's per-call string
// conversions were 57 % of a year's export (bench/saft.sh: 200,000 sales took 20 s with it). Text is
// escaped (& < >) and characters XML 1.0 does not allow (control characters) become spaces.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QTimeZone>

#include <cstdio>
#include <vector>

namespace ak::compliance::saft {

class Xml {
public:
    Xml(QIODevice& out, QTimeZone zone) : out_(out), zone_(std::move(zone)) { buffer_.reserve(kChunk + 4096); }

    const QTimeZone& zone() const { return zone_; }

    // The declaration and the root element with its namespace.
    void root(const char* name, const char* ns) {
        buffer_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<";
        buffer_ += name;
        buffer_ += " xmlns=\"";
        buffer_ += ns;
        buffer_ += "\">";
        open_.push_back(name);
    }
    void open(const char* name) {
        indent();
        buffer_ += '<';
        buffer_ += name;
        buffer_ += '>';
        open_.push_back(name);
    }
    void close() {
        const char* name = open_.back();
        open_.pop_back();
        indent();
        buffer_ += "</";
        buffer_ += name;
        buffer_ += '>';
        if (open_.empty()) buffer_ += '\n';
    }
    void text(const char* name, const QString& value) { element(name, value.toUtf8(), true); }
    // Left out when empty (the schema's optional elements).
    void optional(const char* name, const QString& value) {
        if (!value.isEmpty()) text(name, value);
    }
    void number(const char* name, qint64 value) { element(name, QByteArray::number(value), false); }
    // "86.40", "-16.40": as core/compliance/SignatureText.h's amountText() writes them.
    void amount(const char* name, qint64 minor) {
        char digits[32];
        const unsigned long long a = minor < 0 ? 0ULL - static_cast<unsigned long long>(minor) : static_cast<unsigned long long>(minor);
        const int n = std::snprintf(digits, sizeof digits, "%s%llu.%02llu", minor < 0 ? "-" : "", a / 100, a % 100);
        element(name, QByteArray(digits, n), false);
    }
    void flag(const char* name, bool value) { element(name, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"), false); }
    void date(const char* name, QDate d) { element(name, d.toString(Qt::ISODate).toLatin1(), false); }
    // The local date and time of `utc` in the café's zone (one conversion for both elements).
    void dateAndTime(const char* dateName, const char* timeName, const QDateTime& utc) {
        localDateAndTime(dateName, timeName, utc.toTimeZone(zone_));
    }
    // The same for a time already in the café's zone.
    void localDateAndTime(const char* dateName, const char* timeName, const QDateTime& local) {
        date(dateName, local.date());
        element(timeName, local.time().toString(QStringLiteral("HH:mm:ss")).toLatin1(), false);
    }

    // Writes what is buffered when it has grown past the chunk size (`force`: whatever there is).
    void flush(bool force = false) {
        if (failed_ || buffer_.isEmpty() || (!force && buffer_.size() < kChunk)) return;
        failed_ = out_.write(buffer_) != buffer_.size();
        buffer_.truncate(0);
    }
    // Whether writing to the file failed (a full disk): the export stops.
    bool failed() const { return failed_; }

private:
    static constexpr qsizetype kChunk = 65536;

    void indent() {
        buffer_ += '\n';
        buffer_.append(qsizetype(open_.size()), ' ');
    }
    void element(const char* name, const QByteArray& utf8, bool escape) {
        indent();
        buffer_ += '<';
        buffer_ += name;
        buffer_ += '>';
        if (escape) {
            for (const char ch : utf8) {
                const auto c = static_cast<unsigned char>(ch);
                if (c == '&') buffer_ += "&amp;";
                else if (c == '<') buffer_ += "&lt;";
                else if (c == '>') buffer_ += "&gt;";
                else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') buffer_ += ' ';
                else buffer_ += ch;
            }
        } else {
            buffer_ += utf8;
        }
        buffer_ += "</";
        buffer_ += name;
        buffer_ += '>';
    }

    QIODevice& out_;
    QTimeZone zone_;
    QByteArray buffer_;
    std::vector<const char*> open_;
    bool failed_ = false;
};

}  // namespace ak::compliance::saft
