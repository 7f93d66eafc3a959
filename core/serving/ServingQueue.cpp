#include "core/serving/ServingQueue.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

Result<ServingItem> ServingQueue::add(const QString& kioskId, const QString& kind, const QString& description,
                                      Journal& journal) {
    if (kioskId.trimmed().isEmpty() || kind.trimmed().isEmpty() || description.trimmed().isEmpty()) {
        return Result<ServingItem>::fail(ErrorCode::InvalidInput,
                                         QStringLiteral("a serving item needs a kiosk, a kind and a description"));
    }
    ServingItem item{0, clock_.now(), kioskId, kind, description.trimmed(), 0};
    const Result<void> written = db_.write([&]() -> Result<void> {
        // The number after the last one given, 1..99 round: read inside BEGIN IMMEDIATE, so two
        // kiosks cannot take the same number at the same moment.
        auto last = db_.query(QStringLiteral("SELECT serving_number FROM serving_queue ORDER BY id DESC LIMIT 1"));
        if (!last) return last.error();
        const int previous = last->next() ? last->value(0).toInt() : 0;
        item.servingNumber = previous % 99 + 1;
        auto inserted = db_.insert(QStringLiteral("INSERT INTO serving_queue (created_at, kiosk_id, kind, description,"
                                                 " serving_number) VALUES (?, ?, ?, ?, ?)"),
                                  {sql::utcText(item.createdAt), kioskId, kind, item.description, item.servingNumber});
        if (!inserted) return inserted.error();
        item.id = inserted.value();
        auto entry = journal.append(Journal::kioskActor(), JournalKind::ServingAdded,
                                    QJsonObject{{QStringLiteral("serving_id"), item.id},
                                                {QStringLiteral("kiosk"), kioskId},
                                                {QStringLiteral("kind"), kind},
                                                {QStringLiteral("number"), item.servingNumber}});
        if (!entry) return entry.error();
        return {};
    });
    if (!written) return written.error();
    return item;
}

Result<std::vector<ServingItem>> ServingQueue::waiting() const {
    auto q = db_.query(QStringLiteral("SELECT id, created_at, kiosk_id, kind, description, serving_number"
                                      " FROM serving_queue WHERE served_at IS NULL ORDER BY id"));
    if (!q) return q.error();
    std::vector<ServingItem> items;
    while (q->next()) {
        items.push_back({q->value(0).toLongLong(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                         q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                         q->value(5).toInt()});
    }
    return items;
}

Result<void> ServingQueue::markServed(qint64 id, const StaffMember& by, Journal& journal) {
    return db_.write([&]() -> Result<void> {
        auto row = db_.query(QStringLiteral("SELECT served_at FROM serving_queue WHERE id = ?"), {id});
        if (!row) return row.error();
        if (!row->next()) {
            return Result<void>::fail(ErrorCode::NotFound,
                                      QCoreApplication::translate("ak::ServingQueue", "That order is no longer on the list."));
        }
        if (!row->value(0).isNull()) {
            return Result<void>::fail(ErrorCode::Conflict,
                                      QCoreApplication::translate("ak::ServingQueue", "Someone has served this already."));
        }
        auto updated = db_.query(QStringLiteral("UPDATE serving_queue SET served_at = ?, served_by = ? WHERE id = ?"),
                                 {sql::utcText(clock_.now()), by.id, id});
        if (!updated) return updated.error();
        auto entry = journal.append(Journal::staffActor(by.id), JournalKind::Served,
                                    QJsonObject{{QStringLiteral("serving_id"), id}});
        if (!entry) return entry.error();
        return {};
    });
}

}  // namespace ak
