#include "core/audit/IntegrityGate.h"

#include "core/audit/IntegrityCheck.h"
#include "core/journal/JournalAnchor.h"
#include "core/staff/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcGate, "aktivkafe.core.audit")

IntegrityGate::IntegrityGate(Database& db, Journal& journal, QString anchorFile, QStringList neverReplace)
    : db_(db), journal_(journal), anchorFile_(std::move(anchorFile)), neverReplace_(std::move(neverReplace)) {}

Result<void> IntegrityGate::check() {
    IntegrityCheck::Options options;
    options.quick = true;
    options.anchorFile = anchorFile_;
    auto report = IntegrityCheck::run(db_, options);
    if (!report) {
        problems_ = {tr("The till could not read its journal: %1").arg(report.error().message)};
        fingerprint_ = QStringLiteral("unreadable");
        return report.error();
    }
    problems_.clear();
    fingerprint_.clear();
    if (report->ok()) return {};
    const QString fingerprint = report->fingerprint();
    auto seen = acknowledgedBefore(fingerprint);
    if (!seen) return seen.error();
    if (seen.value()) {
        qCWarning(lcGate) << "known problems, acknowledged by a manager before:" << report->problems();
        return {};
    }
    problems_ = report->problems();
    fingerprint_ = fingerprint;
    qCWarning(lcGate) << "selling stopped until a manager has seen:" << problems_;
    return {};
}

Result<bool> IntegrityGate::acknowledgedBefore(const QString& fingerprint) const {
    auto q = db_.query(QStringLiteral("SELECT payload FROM journal WHERE kind = ? ORDER BY seq DESC LIMIT 1"),
                       {JournalKinds::name(JournalKind::IntegrityAcknowledged)});
    if (!q) return q.error();
    if (!q->next()) return false;
    const QJsonObject last = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    return last.value(QStringLiteral("fingerprint")).toString() == fingerprint;
}

Result<void> IntegrityGate::requireOpen() const {
    if (open()) return {};
    return Error{ErrorCode::Locked, tr("Selling is stopped: the till found that its records were changed. A manager "
                                       "must read the warning and confirm it first.")};
}

Result<void> IntegrityGate::acknowledge(const StaffMember& manager) {
    if (open()) return {};
    auto w = db_.write([&]() -> Result<void> {
        // The role as the database has it, not as the screen says.
        auto q = db_.query(QStringLiteral("SELECT name, role, active FROM staff WHERE id = ?"), {manager.id});
        if (!q) return q.error();
        if (!q->next()) return Error{ErrorCode::NotFound, tr("There is no staff member %1.").arg(manager.id)};
        const StaffMember member{manager.id, q->value(0).toString(),
                                 staffRoleFromKey(q->value(1).toString()).value_or(StaffRole::Volunteer),
                                 q->value(2).toBool()};
        q->finish();
        if (auto allowed = requirePermission(member, Permission::AcknowledgeIntegrity); !allowed) return allowed;
        const QJsonObject payload{{QStringLiteral("problems"), QJsonArray::fromStringList(problems_)},
                                  {QStringLiteral("fingerprint"), fingerprint_}};
        if (auto e = journal_.append(Journal::staffActor(member.id), JournalKind::IntegrityAcknowledged, payload); !e) return e.error();
        return {};
    });
    if (!w) return w;
    qCWarning(lcGate) << "a manager acknowledged:" << problems_;
    problems_.clear();
    fingerprint_.clear();
    // The journal as it is now is what the anchor vouches for from here on.
    return anchor();
}

Result<void> IntegrityGate::anchor() {
    if (!open() || anchorFile_.isEmpty()) return {};
    auto head = journal_.head();
    if (!head) return head.error();
    return JournalAnchor::update(anchorFile_, head.value(), neverReplace_);
}

}  // namespace ak
