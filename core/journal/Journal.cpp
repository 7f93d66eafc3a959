#include "core/journal/Journal.h"

#include "core/journal/JournalEncoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcJournal, "aktivkafe.core.journal")

Journal::Journal(Database& db, const Clock& clock, QString registerId)
    : db_(db), clock_(clock), registerId_(std::move(registerId)) {}

Result<JournalEntry> Journal::append(const QString& actor, JournalKind kind, const QJsonObject& payload) {
    if (!db_.inWrite())
        return Error{ErrorCode::InvalidInput, QStringLiteral("Journal::append must run inside Database::write")};
    if (actor.isEmpty()) return Error{ErrorCode::InvalidInput, QStringLiteral("A journal entry needs an actor")};

    // Inside BEGIN IMMEDIATE nobody else can move the head between this read and the insert.
    auto head = db_.query(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!head) return head.error();
    if (!head->next()) {
        qCWarning(lcJournal) << "the journal head row is missing";
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Journal", "The till's journal is damaged: the record of its last entry "
                                                            "is missing. Nothing was saved. Call the manager; 'aktivkafe "
                                                            "journal verify' shows what is wrong.")};
    }

    JournalEntry e;
    e.seq = head->value(0).toLongLong() + 1;
    e.prevHash = head->value(1).toString();
    head->finish();
    e.at = clock_.now().toUTC().toString(Qt::ISODateWithMs);
    e.registerId = registerId_;
    e.actor = actor;
    e.kind = JournalKinds::name(kind);
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.hash = journal::computeHash(e);

    auto ins = db_.query(QStringLiteral("INSERT INTO journal (seq, at, register_id, actor, kind, payload, prev_hash, hash)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {e.seq, e.at, e.registerId, e.actor, e.kind, e.payload, e.prevHash, e.hash});
    if (!ins) return ins.error();
    auto upd = db_.query(QStringLiteral("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1"), {e.seq, e.hash});
    if (!upd) return upd.error();
    qCDebug(lcJournal) << "appended" << e.seq << e.kind << "by" << e.actor;
    return e;
}

Result<void> Journal::record(const QString& actor, JournalKind kind, const QJsonObject& payload) {
    return db_.write([&]() -> Result<void> {
        auto e = append(actor, kind, payload);
        if (!e) return e.error();
        return {};
    });
}

Result<std::vector<JournalEntry>> Journal::entries(qint64 afterSeq, int limit) const {
    auto q = db_.query(QStringLiteral("SELECT seq, at, register_id, actor, kind, payload, prev_hash, hash FROM journal"
                                      " WHERE seq > ? ORDER BY seq LIMIT ?"),
                       {afterSeq, limit});
    if (!q) return q.error();
    std::vector<JournalEntry> out;
    while (q->next()) {
        out.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                       q->value(6).toString(), q->value(7).toString()});
    }
    return out;
}

}  // namespace ak
