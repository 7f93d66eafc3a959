#include "core/audit/IntegrityCheck.h"

#include "core/journal/JournalAnchor.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace ak {

bool IntegrityReport::ok() const {
    return chain.ok() && triggers.ok() && sales.empty() && anchorProblem.isEmpty() && expectedProblem.isEmpty();
}

QStringList IntegrityReport::problems() const {
    QStringList out;
    if (!chain.ok()) out << IntegrityCheck::tr("The journal was changed: %1.").arg(chain.reason);
    out << triggers.sentences();
    for (const CoverageProblem& p : sales) out << p.reason;
    if (!anchorProblem.isEmpty()) out << anchorProblem;
    if (!expectedProblem.isEmpty()) out << expectedProblem;
    return out;
}

QString IntegrityReport::fingerprint() const {
    // Stable across languages: the kinds and places of the problems, not their sentences.
    QStringList parts;
    if (!chain.ok()) parts << QStringLiteral("chain:%1:%2").arg(int(chain.problem)).arg(chain.badSeq);
    parts << QStringLiteral("triggers:") + (triggers.missing + triggers.altered + triggers.unexpected).join(u',');
    for (const CoverageProblem& p : sales) parts << QStringLiteral("sale:%1:%2:%3").arg(int(p.kind)).arg(p.saleId).arg(p.seq);
    if (!anchorProblem.isEmpty() && anchor) parts << QStringLiteral("anchor:%1:%2").arg(anchor->seq).arg(anchor->hash);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

std::optional<JournalHead> IntegrityCheck::parseHead(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*:\\s*([0-9a-fA-F]{16,64})\\s*$"));
    const auto m = form.match(text);
    if (!m.hasMatch()) return std::nullopt;
    return JournalHead{m.captured(1).toLongLong(), m.captured(2).toLower()};
}

Result<IntegrityReport> IntegrityCheck::run(Database& db, const Options& options) {
    IntegrityReport report;
    report.quick = options.quick;
    SystemClock clock;  // verify reads only; the clock and register are never used
    const Journal journal(db, clock, QString());

    auto chain = options.quick ? journal.verifyTail(kQuickEntries) : journal.verify();
    if (!chain) return chain.error();
    report.chain = chain.value();
    if (auto head = journal.head()) report.head = head.value();

    auto triggers = ProtectedTriggers::check(db);
    if (!triggers) return triggers.error();
    report.triggers = triggers.value();

    auto sales = options.quick ? SaleCoverage::recent(db, kQuickEntries) : SaleCoverage::check(db);
    if (!sales) return sales.error();
    report.sales = std::move(sales).value();

    auto anchor = JournalAnchor::read(options.anchorFile);
    if (!anchor) {
        report.anchorProblem = anchor.error().message;
    } else if (anchor.value()) {
        report.anchor = anchor.value();
        auto compared = JournalAnchor::compare(db, *report.anchor);
        if (!compared) return compared.error();
        report.anchorProblem = compared.value();
    }

    if (options.expectedHead) {
        auto q = db.query(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {options.expectedHead->seq});
        if (!q) return q.error();
        if (!q->next())
            report.expectedProblem = tr("The journal ends before entry %1, which was recorded outside the database: "
                                        "entries were cut from its end.")
                                         .arg(options.expectedHead->seq);
        else if (!q->value(0).toString().startsWith(options.expectedHead->hash))
            report.expectedProblem = tr("Entry %1 of the journal is not the entry recorded outside the database: the "
                                        "journal was rewritten from there on.")
                                         .arg(options.expectedHead->seq);
    }
    return report;
}

}  // namespace ak
