#include "core/visits/VisitOutbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

namespace ak {

Q_LOGGING_CATEGORY(lcOutbox, "aktivkafe.core.visits")

namespace {

QList<QByteArray> readLines(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) lines << line;
    return lines;
}

Result<void> writeLines(const QString& file, const QList<QByteArray>& lines) {
    if (lines.isEmpty()) {
        QFile::remove(file);
        return {};
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(file, f.errorString())};
    for (const QByteArray& line : lines) f.write(line + '\n');
    if (!f.commit()) return Error{ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(file, f.errorString())};
    return {};
}

}  // namespace

Result<void> VisitOutbox::keep(const QString& kioskId, const VisitAnswers& answers, const QDateTime& nowUtc) {
    if (auto valid = VisitRepository::validate(kioskId, answers); !valid) return valid.error();
    QJsonObject v{{QStringLiteral("id"), QString::number((QRandomGenerator::system()->generate64() & 0x7fff'ffff'ffff'ffffULL) | 1)},
                  {QStringLiteral("at"), nowUtc.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kiosk"), kioskId}};
    if (answers.firstVisit) v.insert(QStringLiteral("first_visit"), *answers.firstVisit);
    if (answers.reason) v.insert(QStringLiteral("reason"), *answers.reason);
    if (answers.mood) v.insert(QStringLiteral("mood"), *answers.mood);
    QList<QByteArray> lines = readLines(file_);
    lines << QJsonDocument(v).toJson(QJsonDocument::Compact);
    while (lines.size() > kMaxKept) lines.removeFirst();
    return writeLines(file_, lines);
}

Result<int> VisitOutbox::handOver(VisitRepository& visits) {
    QList<QByteArray> lines = readLines(file_);
    int handed = 0;
    while (!lines.isEmpty()) {
        const QJsonObject v = QJsonDocument::fromJson(lines.first()).object();
        VisitAnswers answers;
        if (v.contains(QStringLiteral("first_visit"))) answers.firstVisit = v.value(QStringLiteral("first_visit")).toBool();
        if (v.contains(QStringLiteral("reason"))) answers.reason = v.value(QStringLiteral("reason")).toString();
        if (v.contains(QStringLiteral("mood"))) answers.mood = v.value(QStringLiteral("mood")).toInt();
        auto stored = visits.storeKept(v.value(QStringLiteral("id")).toString().toLongLong(),
                                       QDateTime::fromString(v.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
                                       v.value(QStringLiteral("kiosk")).toString(), answers);
        if (!stored && stored.error().code != ErrorCode::InvalidInput) break;  // still away: keep the rest
        if (!stored) qCWarning(lcOutbox) << "a kept visit was dropped:" << stored.error().message;
        lines.removeFirst();
        ++handed;
    }
    if (auto w = writeLines(file_, lines); !w) return w.error();
    if (handed > 0) qCInfo(lcOutbox) << "handed over" << handed << "kept check-ins;" << lines.size() << "still kept";
    return handed;
}

Result<CheckIn> VisitOutbox::checkIn(VisitRepository& visits, const QString& kioskId, const VisitAnswers& answers,
                                     QStringView scannedCard) {
    auto done = visits.checkIn(kioskId, answers, scannedCard);
    if (done) {
        if (pending() > 0)
            if (auto handed = handOver(visits); !handed) qCWarning(lcOutbox) << handed.error().message;
        return done;
    }
    if (done.error().code != ErrorCode::Storage) return done.error();
    qCWarning(lcOutbox) << "the database is away; the check-in is kept on the kiosk:" << done.error().message;
    if (auto kept = keep(kioskId, answers, clock_.now()); !kept) return kept.error();
    CheckIn c;
    c.kept = true;
    return c;
}

int VisitOutbox::pending() const { return int(readLines(file_).size()); }

}  // namespace ak
