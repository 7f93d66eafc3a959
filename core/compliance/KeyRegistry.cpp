#include "core/compliance/KeyRegistry.h"

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonObject>

namespace ak::compliance {

Result<KeyVersion> registerKey(Database& db, Journal& journal, const QString& registerId, const SigningKey& key,
                               const QDateTime& now) {
    KeyVersion v;
    v.registerId = registerId;
    v.algorithm = algorithmKey(key.algorithm());
    v.publicKey = key.publicKeyPem();
    v.fingerprint = key.fingerprint();
    v.createdAt = now.toUTC();
    auto w = db.write([&]() -> Result<void> {
        auto known = db.query(QStringLiteral("SELECT version FROM signing_keys WHERE register_id = ? AND fingerprint = ?"),
                              {registerId, v.fingerprint});
        if (!known) return known.error();
        if (known->next())
            return Error{ErrorCode::Conflict, QStringLiteral("This key is register %1's version %2 already.")
                                                  .arg(registerId, known->value(0).toString())};
        auto newest = db.query(QStringLiteral("SELECT coalesce(max(version), 0) FROM signing_keys WHERE register_id = ?"),
                               {registerId});
        if (!newest || !newest->next()) return newest ? Error{ErrorCode::Storage, QStringLiteral("no answer")} : newest.error();
        v.version = newest->value(0).toInt() + 1;
        auto q = db.query(QStringLiteral("INSERT INTO signing_keys (register_id, version, algorithm, public_key,"
                                         " fingerprint, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {registerId, v.version, v.algorithm, sql::text(v.publicKey), v.fingerprint,
                           sql::utcText(v.createdAt)});
        if (!q) return q.error();
        auto e = journal.append(Journal::systemActor(), JournalKind::SigningKeyAdded,
                                QJsonObject{{QStringLiteral("register"), registerId},
                                            {QStringLiteral("version"), v.version},
                                            {QStringLiteral("algorithm"), v.algorithm},
                                            {QStringLiteral("fingerprint"), v.fingerprint}});
        if (!e) return e.error();
        return {};
    });
    if (!w) return w.error();
    return v;
}

Result<std::vector<KeyVersion>> keyVersions(const Database& db, const QString& registerId) {
    auto q = db.query(QStringLiteral("SELECT register_id, version, algorithm, public_key, fingerprint, created_at"
                                     " FROM signing_keys WHERE ? = '' OR register_id = ? ORDER BY register_id, version"),
                      {sql::text(registerId), sql::text(registerId)});
    if (!q) return q.error();
    std::vector<KeyVersion> out;
    while (q->next()) {
        out.push_back(KeyVersion{q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                                 q->value(4).toString(),
                                 sql::fromUtcText(q->value(5).toString())});
    }
    return out;
}

}  // namespace ak::compliance
