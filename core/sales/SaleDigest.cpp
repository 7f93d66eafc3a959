#include "core/sales/SaleDigest.h"

#include "core/storage/Sql.h"
#include "core/storage/SqliteCode.h"

#include <QCryptographicHash>
#include <QSqlError>

#include <array>
#include <optional>

namespace ak::saledigest {

namespace {

constexpr char kTag[] = "aktivkafe-sale-rows-v1";

struct Table {
    const char* name;
    const char* columns;  // every column, in a fixed order (a new column must be added here)
    const char* order;
    // Columns added by later schema steps (after the first digests were journaled): each is hashed
    // only when it is not NULL, as a field "<name>=<value>", so that a sale stored before the
    // column existed keeps the digest its journal entry carries.
    const char* later;
};

// sales first: its rows decide which sale the other tables' rows belong to.
const std::array<Table, 4> kTables = {{
    {"sales",
     "id, register_id, receipt_number, kind, training, operator_id, consumption, currency, gross_minor,"
     " discount_minor, discount_reason_code, discount_reason, total_minor, rounding_minor, change_minor, created_at,"
     " refers_to, return_reason, approved_by",
     "id", "shift_id,signature,key_version"},
    {"sale_lines",
     "sale_id, id, position, product_id, name, quantity, unit_price_minor, vat_class, saft_basic_id, basis_points,"
     " gross_minor, discount_minor, net_minor, returns_line_id",
     "sale_id, position, id", ""},
    {"sale_payments", "sale_id, id, position, method, amount_minor, tendered_minor, reference", "sale_id, position, id",
     ""},
    {"sale_vat", "sale_id, basis_points, gross_minor, vat_minor, net_minor", "sale_id, basis_points", ""},
}};

void field(QByteArray& out, const QByteArray& bytes) {
    const quint32 n = quint32(bytes.size());
    out.append(char((n >> 24) & 0xff)).append(char((n >> 16) & 0xff)).append(char((n >> 8) & 0xff)).append(char(n & 0xff));
    out.append(bytes);
}

QStringList laterColumns(const Table& t) {
    return QString::fromLatin1(t.later).split(u',', Qt::SkipEmptyParts);
}

int columnCount(const Table& t) { return int(QString::fromLatin1(t.columns).count(u',')) + 1; }

void row(QByteArray& out, const QSqlQuery& q, const Table& t) {
    const int columns = columnCount(t);
    for (int c = 0; c < columns; ++c) {
        const QVariant v = q.value(c);
        field(out, v.isNull() ? QByteArrayLiteral("N") : QByteArrayLiteral("T") + v.toString().toUtf8());
    }
    const QStringList later = laterColumns(t);
    for (int i = 0; i < later.size(); ++i) {
        const QVariant v = q.value(columns + i);
        if (!v.isNull()) field(out, later[i].trimmed().toUtf8() + '=' + v.toString().toUtf8());
    }
}

QString hex(const QByteArray& encoded) {
    return QString::fromLatin1(QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex());
}

QString select(const Table& t, const char* where) {
    const QString columns = QLatin1String(t.columns) + (*t.later ? QStringLiteral(", ") + QLatin1String(t.later) : QString());
    return QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4")
        .arg(columns, QLatin1String(t.name), QLatin1String(where), QLatin1String(t.order));
}

}  // namespace

Result<QString> of(const Database& db, qint64 saleId) { return of(db.connection(), saleId); }

Result<QString> of(const QSqlDatabase& db, qint64 saleId) {
    QByteArray encoded;
    field(encoded, QByteArray(kTag));
    for (const Table& t : kTables) {
        field(encoded, QByteArray(t.name));
        const bool salesTable = &t == &kTables[0];
        auto q = sql::run(db, select(t, salesTable ? "WHERE id = ?" : "WHERE sale_id = ?"), {saleId});
        if (!q) return q.error();
        bool any = false;
        while (q->next()) {
            any = true;
            row(encoded, q.value(), t);
        }
        if (salesTable && !any)
            return Error{ErrorCode::NotFound, QStringLiteral("There is no sale %1.").arg(saleId)};
    }
    return hex(encoded);
}

Result<void> forEach(const Database& db, qint64 afterSaleId, const std::function<void(qint64, const QString&)>& each,
                     const std::function<void(qint64)>& orphan) {
    // One cursor per table, all ordered by sale id, walked side by side.
    std::array<std::optional<QSqlQuery>, kTables.size()> cursors;
    std::array<bool, kTables.size()> more{};
    for (size_t i = 0; i < kTables.size(); ++i) {
        auto q = db.query(select(kTables[i], i == 0 ? "WHERE id > ?" : "WHERE sale_id > ?"), {afterSaleId});
        if (!q) return q.error();
        cursors[i].emplace(std::move(q).value());
        more[i] = cursors[i]->next();
    }
    auto saleOf = [&](size_t i) { return cursors[i]->value(0).toLongLong(); };  // id or sale_id: column 0
    while (true) {
        // The smallest sale id any cursor is at: a sale, or rows left without their sale.
        std::optional<qint64> next;
        for (size_t i = 0; i < kTables.size(); ++i)
            if (more[i] && (!next || saleOf(i) < *next)) next = saleOf(i);
        if (!next) break;
        const qint64 saleId = *next;
        const bool hasSale = more[0] && saleOf(0) == saleId;
        QByteArray encoded;
        field(encoded, QByteArray(kTag));
        for (size_t i = 0; i < kTables.size(); ++i) {
            field(encoded, QByteArray(kTables[i].name));
            while (more[i] && saleOf(i) == saleId) {
                row(encoded, *cursors[i], kTables[i]);
                more[i] = cursors[i]->next();
            }
        }
        if (hasSale) each(saleId, hex(encoded));
        else orphan(saleId);
    }
    for (size_t i = 0; i < kTables.size(); ++i)
        if (cursors[i]->lastError().isValid())
            return sql::failure(cursors[i]->lastError().text(), sqlite::code(cursors[i]->lastError()));
    return {};
}

}  // namespace ak::saledigest
