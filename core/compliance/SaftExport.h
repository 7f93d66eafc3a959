#pragma once
// The Norwegian SAF-T Cash Register file (v1.00, config/saft/; kassasystemforskriften § 2-5 and
// Skatteetaten's documentation): what a café hands the tax authority on request. Written by
// `aktivkafe saft export`.
//
// One pass over the database, streamed: the header and company, the master files (VAT codes, the
// period's months, staff as employees, products as articles, and every code the file uses as a
// `basic`), then one `location` with each `cashregister` that worked in the period: its events
// (every journal entry with a SAF-T event code, X and Z reports with their whole `eventReport`)
// and its cash transactions (sales and returns with lines, VAT, discounts, payments, rounding,
// signature and key version; training receipts marked). Memory does not grow with the period: no
// list of transactions or events is built, rows go from SQLite's cursor to the file.
//
// The export does not paper over a broken signature chain: each transaction's link is checked as
// it is written (the signature against the register's public key in signing_keys, receipt numbers
// without gaps in each chain); the first broken one stops the export with what is wrong, and the
// caller throws the half-written file away. An HMAC chain's signatures can be checked only with the
// secret (SaftRequest::hmacKey); without it only the receipt numbers are.

#include "core/money/Currency.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <optional>

class QIODevice;

namespace ak {

class Database;

namespace compliance {

struct SaftCompany {
    QString name;       // [cafe] name
    QString orgNumber;  // [cafe] org_number, digits only: required
    bool vatRegistered = false;
    Currency currency = Currency::NOK;
    QTimeZone zone;  // the café's: every date and time in the file is local to it
};

struct SaftRequest {
    QDate from;  // first local day
    QDate to;    // last local day, inclusive
    QDateTime createdAt;      // when the file is made (UTC): header dateCreated/timeCreated
    QString softwareVersion;  // header softwareVersion
    QString userId;           // header userID: who exported (optional)
    // This machine's register ([cafe] register_id): in the file whenever it has events in the period,
    // even before it has sold or closed a day (other registers are found by their sales, days, keys).
    QString registerId;
    // The HMAC secret of a register's key version, when the café signs with HMAC-SHA1 and the key is
    // at hand; nullopt: that chain's signatures are not re-checked (the numbers still are).
    std::function<std::optional<QByteArray>(const QString& registerId, int version)> hmacKey;
};

struct SaftSummary {
    int registers = 0;
    qint64 transactions = 0;  // cash transactions written (training included)
    qint64 unsignedTransactions = 0;  // written before signing began (or a café that does not sign)
    qint64 signaturesChecked = 0;
    qint64 events = 0;
    qint64 reports = 0;  // X and Z
    qint64 salesMinor = 0;    // the sum of the non-training transactions' transAmntIn
};

class SaftExport {
    Q_DECLARE_TR_FUNCTIONS(SaftExport)
public:
    // Writes the file to `out` (opened for writing). Invalid: the café has no organisation number,
    // or the period is empty or reversed; Conflict: a chain is broken (which register, receipt and
    // why); Storage/Io: reading or writing failed. On any error `out` holds a half file.
    static Result<SaftSummary> write(Database& db, const SaftCompany& company, const SaftRequest& request,
                                     QIODevice& out);
};

}  // namespace compliance
}  // namespace ak
