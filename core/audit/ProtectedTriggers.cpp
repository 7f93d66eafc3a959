#include "core/audit/ProtectedTriggers.h"

#include "core/storage/Migrations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace ak {

namespace {

// SQLite keeps a trigger's CREATE statement as it was written; compare without layout.
QString normalised(const QString& sql) { return sql.simplified(); }

// name -> CREATE statement, from every step of the schema history in order.
QMap<QString, QString> expectedTriggers() {
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\s+(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral("^\\s*DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> out;
    for (const Migration& m : schemaMigrations())
        for (const QString& statement : m.statements) {
            if (const auto c = create.match(statement); c.hasMatch()) out.insert(c.captured(1), statement);
            else if (const auto d = drop.match(statement); d.hasMatch()) out.remove(d.captured(1));
        }
    return out;
}

}  // namespace

QStringList TriggerCheck::sentences() const {
    QStringList out;
    if (!missing.isEmpty())
        out << ProtectedTriggers::tr("The protection that keeps the journal and completed sales from being changed was "
                                     "removed from the database (%1). Run 'aktivkafe init' to put it back.")
                   .arg(missing.join(QStringLiteral(", ")));
    if (!altered.isEmpty())
        out << ProtectedTriggers::tr("The protection of the journal and completed sales was rewritten (%1). Run "
                                     "'aktivkafe init' to put it back.")
                   .arg(altered.join(QStringLiteral(", ")));
    if (!unexpected.isEmpty())
        out << ProtectedTriggers::tr("The database has triggers that are not part of Aktivkafe (%1); they could change "
                                     "data behind the till's back. Run 'aktivkafe init' to remove them.")
                   .arg(unexpected.join(QStringLiteral(", ")));
    return out;
}

Result<TriggerCheck> ProtectedTriggers::check(const Database& db) {
    auto q = db.query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    if (!q) return q.error();
    QMap<QString, QString> present;
    while (q->next()) present.insert(q->value(0).toString(), q->value(1).toString());
    TriggerCheck c;
    const QMap<QString, QString> expected = expectedTriggers();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!present.contains(it.key())) c.missing << it.key();
        else if (normalised(present.value(it.key())) != normalised(it.value())) c.altered << it.key();
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        if (!expected.contains(it.key())) c.unexpected << it.key();
    return c;
}

Result<TriggerCheck> ProtectedTriggers::restore(Database& db, Journal& journal) {
    TriggerCheck found;
    auto w = db.write([&]() -> Result<void> {
        auto c = check(db);
        if (!c) return c.error();
        found = c.value();
        if (found.ok()) return {};
        const QMap<QString, QString> expected = expectedTriggers();
        for (const QString& name : found.altered + found.unexpected)
            if (auto r = db.query(QStringLiteral("DROP TRIGGER \"%1\"").arg(QString(name).replace(u'"', QStringLiteral("\"\"")))); !r)
                return r.error();
        for (const QString& name : found.missing + found.altered)
            if (auto r = db.query(expected.value(name)); !r) return r.error();
        const QJsonObject payload{{QStringLiteral("restored"), QJsonArray::fromStringList(found.missing + found.altered)},
                                  {QStringLiteral("removed"), QJsonArray::fromStringList(found.unexpected)}};
        if (auto e = journal.append(Journal::systemActor(), JournalKind::TriggersRestored, payload); !e)
            return e.error();
        return {};
    });
    if (!w) return w.error();
    return found;
}

}  // namespace ak
