#pragma once
// What another machine or process changed, as it happens: the till's "From the kiosk" list, the
// sign-up counts and the kiosk's places left follow the other side's writes without re-reading
// their tables on a timer.
//
// - PostgreSQL: the schema's *_changed triggers (PostgresSchema.cpp) send NOTIFY aktivkafe with the
//   topic at each commit that touches their table; the feed LISTENs on the café's connection.
// - SQLite has no notifications: PRAGMA data_version, which changes when another connection has
//   committed to the file, is asked every kSqliteCheckMs (no table is read). It cannot say what
//   changed, so the feed says kAnything and each listener re-reads its own small query.
//
// Ownership: the composition root, beside the Database it watches (which outlives it). One thread.

#include "core/storage/Database.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace ak {

class ChangeFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kSqliteCheckMs = 100;
    static constexpr char kServing[] = "serving";        // serving_queue: redeemed at the kiosk, served
    static constexpr char kSignups[] = "signups";        // sign-ups and cancellations
    static constexpr char kActivities[] = "activities";  // the programme
    static constexpr char kCards[] = "cards";            // coffee cards: balances, blocks
    static constexpr char kAnything[] = "*";

    explicit ChangeFeed(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Whether a changed(topic) is about `wanted` (kAnything is about everything).
    static bool about(const QString& topic, const char* wanted);

signals:
    void changed(const QString& topic);

private:
    void checkSqlite();
    void listen();  // PostgreSQL: LISTEN, again after each reconnection

    Database& db_;
    QTimer check_;
    qint64 dataVersion_ = -1;
    int reconnectListener_ = 0;
};

}  // namespace ak
