// One register's cash transactions in the SAF-T file, streamed: the period's sales and returns in
// the order they were written (their ids), each with its lines, VAT, payments, rounding, signature
// and key version; training receipts marked with trainingID. Lines, payments and VAT are read by
// three cursors over the same id range in step with the sales (no query per sale, no list of the
// period in memory).
//
// Each chain (the register's normal receipts, its training receipts) is checked as it is written:
// receipt numbers follow each other without a gap, and each signature matches its text chained to
// the previous signature (core/compliance/SignatureText.h). The first broken link stops the export.

#include "core/compliance/SaftCodes.h"
#include "core/compliance/SaftParts.h"
#include "core/compliance/SignatureText.h"
#include "core/compliance/KeyRegistry.h"
#include "core/compliance/PublicKey.h"
#include "core/compliance/SigningKey.h"
#include "core/money/Vat.h"
#include "core/storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <vector>

namespace ak::compliance::saft {
namespace {

// A forward cursor over rows ordered by sale id (column 0): the rows of one sale at a time.
class Rows {
public:
    explicit Rows(QSqlQuery q) : q_(std::move(q)) { more_ = q_.next(); }
    // Calls `each` for every row of `saleId`, skipping rows of sales before it (other registers,
    // other days).
    template <typename F>
    void take(qint64 saleId, F each) {
        while (more_ && q_.value(0).toLongLong() < saleId) more_ = q_.next();
        while (more_ && q_.value(0).toLongLong() == saleId) {
            each(q_);
            more_ = q_.next();
        }
    }
    bool failed() const { return q_.lastError().isValid(); }

private:
    QSqlQuery q_;
    bool more_ = false;
};

struct Line {
    qint64 position, productId, quantity, unitPrice, discount, net;
    int basisPoints;
    QString name, group;
};
struct VatRow {
    int basisPoints;
    qint64 vat, net;
};
struct PaymentRow {
    QString method;
    qint64 amount;
};

struct Chain {
    QString previous;     // the last signature in this chain ("" before the first)
    qint64 lastNr = -1;   // the last receipt number seen in the file (-1: none yet)
};

class Writer {
public:
    Writer(Context& c, QString registerId) : c_(c), register_(std::move(registerId)) {}
    Result<void> run();

private:
    Result<void> startChain(int training, qint64 firstId);
    Result<void> checkLink(Chain& chain, bool training, qint64 nr, const QDateTime& at, qint64 amountIn,
                           qint64 amountEx, const QVariant& signature, const QVariant& version);
    Error broken(bool training, qint64 nr, const QDateTime& at, const QString& why) const;
    void writeLine(const Line& l, qint64 nr, bool isReturn, const QString& employee, const QString& discountCode);

    Context& c_;
    QString register_;
    struct Key {
        KeyVersion version;
        std::optional<PublicKey> rsa;  // read once (RSA versions)
    };
    std::map<int, Key> keys_;
    Chain chains_[2];
};

Error Writer::broken(bool training, qint64 nr, const QDateTime& at, const QString& why) const {
    const QDateTime local = at.toTimeZone(c_.company.zone);
    return Error{ErrorCode::Conflict,
                 SaftExport::tr("The signature chain of till %1 is broken at %2receipt %3 (%4): %5. The export "
                                "stops here rather than hand over a file that hides it; run 'aktivkafe journal "
                                "verify' and keep the database as it is for the accountant.")
                     .arg(register_, training ? SaftExport::tr("training ") : QString())
                     .arg(nr)
                     .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), why)};
}

// The chain as it stood before the period's first transaction: its last signature, and whether the
// receipt before the first one is there.
Result<void> Writer::startChain(int training, qint64 firstId) {
    auto q = c_.db.query(QStringLiteral("SELECT signature FROM sales WHERE register_id = ? AND training = ?"
                                        " AND signature IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1"),
                         {register_, training, firstId});
    if (!q) return q.error();
    chains_[training].previous = q->next() ? q->value(0).toString() : QString();
    return {};
}

Result<void> Writer::checkLink(Chain& chain, bool training, qint64 nr, const QDateTime& at, qint64 amountIn,
                               qint64 amountEx, const QVariant& signature, const QVariant& version) {
    if (chain.lastNr >= 0 && nr != chain.lastNr + 1)
        return broken(training, nr, at,
                      nr == chain.lastNr + 2 ? SaftExport::tr("receipt %1 is missing").arg(nr - 1)
                      : nr > chain.lastNr + 2
                          ? SaftExport::tr("receipts %1 to %2 are missing").arg(chain.lastNr + 1).arg(nr - 1)
                          : SaftExport::tr("it comes after receipt %1, out of order").arg(chain.lastNr));
    if (chain.lastNr < 0 && nr > 1) {  // the first of the period: its predecessor must be there
        auto q = c_.db.query(QStringLiteral("SELECT 1 FROM sales WHERE register_id = ? AND training = ? AND receipt_number = ?"),
                             {register_, training ? 1 : 0, nr - 1});
        if (!q) return q.error();
        if (!q->next()) return broken(training, nr, at, SaftExport::tr("receipt %1 before it is missing").arg(nr - 1));
    }
    chain.lastNr = nr;
    if (signature.isNull()) {
        ++c_.summary.unsignedTransactions;
        return {};
    }
    const auto key = keys_.find(version.toInt());
    if (key == keys_.end())
        return broken(training, nr, at,
                      SaftExport::tr("it was signed with key version %1, which this database does not hold").arg(version.toInt()));
    const QString sig = signature.toString();
    const QByteArray text = signedText({chain.previous, at, c_.company.zone, nr, amountIn, amountEx});
    bool checked = false, ok = true;
    if (key->second.rsa) {
        ok = key->second.rsa->verifyRsaSha1(text, sig);
        checked = true;
    } else if (c_.request.hmacKey) {
        if (const auto secret = c_.request.hmacKey(register_, key->first)) {
            ok = verifyHmacSha1(text, sig, *secret);
            checked = true;
        }
    }
    if (!ok)
        return broken(training, nr, at,
                      SaftExport::tr("its signature does not match its date, number and amounts chained to the "
                                     "receipt before it (changed after it was signed, or a receipt before it was)"));
    if (checked) ++c_.summary.signaturesChecked;
    chain.previous = sig;
    return {};
}

void Writer::writeLine(const Line& l, qint64 nr, bool isReturn, const QString& employee, const QString& discountCode) {
    Xml& x = c_.xml;
    const qint64 vat = vatFromGross(Money(l.net, c_.company.currency), l.basisPoints).minor();
    x.open("ctLine");
    x.number("nr", nr);
    x.number("lineID", l.position);
    x.text("lineType", lineType(isReturn));
    x.text("artGroupID", l.group);
    x.number("artID", l.productId);
    x.number("qnt", l.quantity);
    x.amount("lineAmntIn", l.net);
    x.amount("lineAmntEx", l.net - vat);
    x.text("amntTp", l.net < 0 ? QStringLiteral("D") : QStringLiteral("C"));
    x.amount("ppu", l.unitPrice);
    x.text("empID", employee);
    x.text("cashTransLineDescr", l.name);
    x.open("vat");
    x.text("vatCode", vatCode(l.basisPoints, c_.company.vatRegistered));
    x.text("vatPerc", percentText(l.basisPoints));
    x.amount("vatAmnt", vat);
    x.text("vatAmntTp", vat < 0 ? QStringLiteral("D") : QStringLiteral("C"));
    x.amount("vatBasAmnt", l.net - vat);
    x.close();
    if (l.discount != 0) {
        x.open("discount");
        x.text("dscTp", discountCode.isEmpty() ? QStringLiteral("DISCOUNT") : discountCode);
        x.amount("dscAmnt", l.discount);
        x.close();
    }
    x.close();
}

Result<void> Writer::run() {
    const QString from = sql::utcText(c_.fromUtc), to = sql::utcText(c_.toUtc);
    auto range = c_.db.query(QStringLiteral("SELECT MIN(id), MAX(id) FROM sales"
                                            " WHERE register_id = ? AND created_at >= ? AND created_at < ?"),
                             {register_, from, to});
    if (!range) return range.error();
    if (!range->next() || range->value(0).isNull()) return {};
    const qint64 first = range->value(0).toLongLong(), last = range->value(1).toLongLong();
    range->finish();
    auto versions = keyVersions(c_.db, register_);
    if (!versions) return versions.error();
    for (KeyVersion& v : versions.value()) {
        Key k{v, std::nullopt};
        if (v.algorithm == algorithmKey(Algorithm::RsaSha1)) k.rsa.emplace(v.publicKey);
        keys_.emplace(v.version, std::move(k));
    }
    for (int training : {0, 1})
        if (auto r = startChain(training, first); !r) return r;

    auto sales = c_.db.query(QStringLiteral("SELECT id, receipt_number, kind, training, operator_id, discount_reason_code,"
                                            " total_minor, rounding_minor, created_at, refers_to, signature, key_version,"
                                            " EXISTS (SELECT 1 FROM receipt_copies WHERE sale_id = sales.id)"
                                            " FROM sales WHERE id BETWEEN ? AND ? AND register_id = ?"
                                            " AND created_at >= ? AND created_at < ? ORDER BY id"),
                             {first, last, register_, from, to});
    if (!sales) return sales.error();
    auto lineQuery = c_.db.query(QStringLiteral("SELECT sale_id, position, product_id, name, quantity, unit_price_minor,"
                                                " saft_basic_id, basis_points, discount_minor, net_minor FROM sale_lines"
                                                " WHERE sale_id BETWEEN ? AND ? ORDER BY sale_id, position"),
                                 {first, last});
    if (!lineQuery) return lineQuery.error();
    auto vatQuery = c_.db.query(QStringLiteral("SELECT sale_id, basis_points, vat_minor, net_minor FROM sale_vat"
                                               " WHERE sale_id BETWEEN ? AND ? ORDER BY sale_id, basis_points"),
                                {first, last});
    if (!vatQuery) return vatQuery.error();
    auto paymentQuery = c_.db.query(QStringLiteral("SELECT sale_id, method, amount_minor FROM sale_payments"
                                                   " WHERE sale_id BETWEEN ? AND ? ORDER BY sale_id, position"),
                                    {first, last});
    if (!paymentQuery) return paymentQuery.error();
    Rows lineRows(std::move(lineQuery).value()), vatRows(std::move(vatQuery).value()),
        paymentRows(std::move(paymentQuery).value());

    std::vector<Line> lines;
    std::vector<VatRow> vat;
    std::vector<PaymentRow> payments;
    Xml& x = c_.xml;
    while (sales->next()) {
        const qint64 id = sales->value(0).toLongLong();
        const qint64 nr = sales->value(1).toLongLong();
        const bool isReturn = sales->value(2).toString() == QLatin1String("return");
        const bool training = sales->value(3).toInt() == 1;
        const QString employee = sales->value(4).toString();
        const qint64 total = sales->value(6).toLongLong();
        const QDateTime at = sql::fromUtcText(sales->value(8).toString());
        lines.clear();
        vat.clear();
        payments.clear();
        lineRows.take(id, [&](const QSqlQuery& r) {
            lines.push_back({r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(4).toLongLong(),
                             r.value(5).toLongLong(), r.value(8).toLongLong(), r.value(9).toLongLong(),
                             r.value(7).toInt(), r.value(3).toString(), r.value(6).toString()});
        });
        vatRows.take(id, [&](const QSqlQuery& r) {
            vat.push_back({r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toLongLong()});
        });
        paymentRows.take(id, [&](const QSqlQuery& r) { payments.push_back({r.value(1).toString(), r.value(2).toLongLong()}); });
        qint64 vatTotal = 0;
        for (const VatRow& v : vat) vatTotal += v.vat;
        const qint64 amountEx = total - vatTotal;
        if (auto ok = checkLink(chains_[training ? 1 : 0], training, nr, at, total, amountEx, sales->value(10),
                                sales->value(11));
            !ok)
            return ok;

        x.open("cashtransaction");
        x.number("nr", nr);
        x.number("transID", id);
        x.text("transType", transactionType(isReturn));
        x.amount("transAmntIn", total);
        x.amount("transAmntEx", amountEx);
        x.text("amntTp", isReturn ? QStringLiteral("D") : QStringLiteral("C"));
        x.text("empID", employee);
        const QDateTime local = at.toTimeZone(c_.company.zone);
        x.number("periodNumber", c_.periodNumber(local.date()));
        x.localDateAndTime("transDate", "transTime", local);
        if (isReturn) x.text("refID", sales->value(9).toString());
        for (const Line& l : lines) writeLine(l, nr, isReturn, employee, sales->value(5).toString());
        for (const VatRow& v : vat) {
            x.open("vat");
            x.text("vatCode", vatCode(v.basisPoints, c_.company.vatRegistered));
            x.text("vatPerc", percentText(v.basisPoints));
            x.amount("vatAmnt", v.vat);
            x.text("vatAmntTp", v.vat < 0 ? QStringLiteral("D") : QStringLiteral("C"));
            x.amount("vatBasAmnt", v.net);
            x.close();
        }
        if (const qint64 rounding = sales->value(7).toLongLong(); rounding != 0) {
            x.open("rounding");
            x.amount("roundingAmnt", rounding);
            x.close();
        }
        for (const PaymentRow& p : payments) {
            x.open("payment");
            x.text("paymentType", paymentType(p.method));
            x.amount("paidAmnt", p.amount);
            x.text("empID", employee);
            x.close();
        }
        x.text("signature", sales->value(10).toString());
        x.text("keyVersion", sales->value(11).isNull() ? QString() : sales->value(11).toString());
        x.number("receiptCopyNum", sales->value(12).toInt());
        x.flag("voidTransaction", false);
        x.flag("trainingID", training);
        x.close();
        ++c_.summary.transactions;
        if (!training) c_.summary.salesMinor += total;
        x.flush();
        if (x.failed()) return {};
    }
    if (sales->lastError().isValid() || lineRows.failed() || vatRows.failed() || paymentRows.failed())
        return Error{ErrorCode::Storage, SaftExport::tr("The sales of till %1 could not be read to the end.").arg(register_)};
    return {};
}

}  // namespace

Result<void> writeTransactions(Context& c, const QString& registerId) { return Writer(c, registerId).run(); }

}  // namespace ak::compliance::saft
