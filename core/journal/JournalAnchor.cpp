#include "core/journal/JournalAnchor.h"

#include "drivers/report/ReportFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ak {

Q_LOGGING_CATEGORY(lcAnchor, "aktivkafe.core.journal")

namespace {

const QByteArray kMagic = QByteArrayLiteral("aktivkafe-journal-anchor 1\n");

// The context lupdate gives the tr() calls in JournalAnchor's members below.
QString tr(const char* text) { return QCoreApplication::translate("ak::JournalAnchor", text); }

}  // namespace

QString JournalAnchor::pathFor(const QString& databasePath) {
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) return {};
    if (databasePath.startsWith(QLatin1String("postgres"))) {
        // A server's café: the anchor stays on this machine (outside the database is the point),
        // one per server database, named after its URL.
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/aktivkafe/anchors/") + QString(databasePath).replace(unsafe, QStringLiteral("_")) +
               QStringLiteral(".anchor");
    }
    return databasePath + QStringLiteral(".anchor");
}

Result<std::optional<JournalHead>> JournalAnchor::read(const QString& file) {
    if (file.isEmpty() || !QFile::exists(file)) return std::optional<JournalHead>();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("The journal anchor %1 cannot be read: %2").arg(file, f.errorString())};
    const QByteArray text = f.read(4096);
    static const QRegularExpression line(QStringLiteral("^seq (\\d+)\\nhash ([0-9a-f]{64})\\n"));
    const auto m = line.match(QString::fromLatin1(text.mid(kMagic.size())));
    if (!text.startsWith(kMagic) || !m.hasMatch())
        return Error{ErrorCode::Config, QStringLiteral("%1 is not a journal anchor written by Aktivkafe.").arg(file)};
    return std::optional<JournalHead>(JournalHead{m.captured(1).toLongLong(), m.captured(2)});
}

Result<void> JournalAnchor::update(const QString& file, const JournalHead& head, const QStringList& neverReplace) {
    if (file.isEmpty() || head.seq <= 0) return {};
    auto current = read(file);
    if (current && current.value() && current.value()->seq >= head.seq) return {};  // never backwards
    const QByteArray text = kMagic + "seq " + QByteArray::number(head.seq) + "\nhash " + head.hash.toLatin1() + "\n";
    const auto written = dev::ReportFile::write(file, text, {kMagic, {}, QStringLiteral("journal anchor")}, neverReplace);
    if (!written) return Error{ErrorCode::Io, written.error().message};
    qCDebug(lcAnchor) << "anchored the journal at entry" << head.seq;
    return {};
}

Result<QString> JournalAnchor::compare(const Database& db, const JournalHead& anchor) {
    auto q = db.query(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"), {anchor.seq});
    if (!q) return q.error();
    if (!q->next())
        return tr("The journal ends before entry %1, which the anchor file beside the database recorded: entries "
                  "were cut from its end.")
            .arg(anchor.seq);
    if (q->value(0).toString() != anchor.hash)
        return tr("Entry %1 of the journal is not the entry the anchor file beside the database recorded: the "
                  "journal was rewritten from there on.")
            .arg(anchor.seq);
    return QString();
}

}  // namespace ak
