#pragma once
// Check-ins the kiosk keeps on its own disk while the café's database cannot be reached (a
// PostgreSQL server restarting, the network cable out), handed over when it can: no visit lost, none
// counted twice, across a kiosk restart too.
//
// Each kept visit is what a check-in stores — its local quarter hour, the kiosk, the answers — and
// a random id of its own, never a card (a card's visit token needs the database's secret, and the
// card's code is not kept): one JSON line in the file. Handing over stores each by its id
// (VisitRepository::storeKept, which ignores an id already there) and then rewrites the file without
// them, so a crash between the two only means the next hand-over finds them stored.
//
// The file is written whole to a temporary file and renamed (QSaveFile). One thread.

#include "core/util/Clock.h"
#include "core/util/Result.h"
#include "core/visits/VisitRepository.h"

#include <QDateTime>
#include <QString>

namespace ak {

class VisitOutbox {
public:
    static constexpr int kMaxKept = 5000;  // a week of a busy café's door: then the oldest goes

    VisitOutbox(QString file, const Clock& clock) : file_(std::move(file)), clock_(clock) {}

    const QString& file() const { return file_; }
    // The kiosk's check-in: stored at once when the database answers (and what was kept before
    // handed over after it); kept here when it cannot be stored (CheckIn::kept), so that the visitor
    // is checked in all the same. A card shown then is not kept (see above). Errors only for what no
    // database could take (a bad answer) or a kiosk disk that cannot be written either.
    Result<CheckIn> checkIn(VisitRepository& visits, const QString& kioskId, const VisitAnswers& answers,
                            QStringView scannedCard);
    Result<void> keep(const QString& kioskId, const VisitAnswers& answers, const QDateTime& nowUtc);
    // How many were handed over (stored now or found stored); the rest stay for the next time.
    Result<int> handOver(VisitRepository& visits);
    int pending() const;

private:
    QString file_;
    const Clock& clock_;
};

}  // namespace ak
