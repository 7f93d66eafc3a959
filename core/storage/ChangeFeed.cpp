#include "core/storage/ChangeFeed.h"

#include "core/storage/Sql.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

namespace ak {

Q_LOGGING_CATEGORY(lcFeed, "aktivkafe.core.feed")

namespace {
constexpr char kChannel[] = "aktivkafe";
}

ChangeFeed::ChangeFeed(Database& db, QObject* parent) : QObject(parent), db_(db) {
    if (db_.isPostgres()) {
        connect(db_.connection().driver(), &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name == QLatin1String(kChannel)) emit changed(payload.toString());
                });
        listen();
        // After the server was away, anything may have changed meanwhile: listen again, re-read all.
        reconnectListener_ = db_.addReconnectListener([this] {
            listen();
            emit changed(QString::fromLatin1(kAnything));
        });
        return;
    }
    if (db_.isInMemory()) return;  // nobody else can write to it
    check_.setInterval(kSqliteCheckMs);
    connect(&check_, &QTimer::timeout, this, &ChangeFeed::checkSqlite);
    check_.start();
    checkSqlite();
}

ChangeFeed::~ChangeFeed() {
    if (reconnectListener_) db_.removeReconnectListener(reconnectListener_);
}

void ChangeFeed::listen() {
    QSqlDriver* driver = db_.connection().driver();
    if (driver->subscribedToNotifications().contains(QString::fromLatin1(kChannel)))
        driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
        qCWarning(lcFeed) << "cannot listen for changes:" << driver->lastError().text();
}

bool ChangeFeed::about(const QString& topic, const char* wanted) {
    return topic == QLatin1String(kAnything) || topic == QLatin1String(wanted);
}

void ChangeFeed::checkSqlite() {
    auto version = sql::scalar(db_.connection(), QStringLiteral("PRAGMA data_version"));
    if (!version) return;  // a busy moment: the next check sees it
    const qint64 now = version->toLongLong();
    if (dataVersion_ >= 0 && now != dataVersion_) emit changed(QString::fromLatin1(kAnything));
    dataVersion_ = now;
}

}  // namespace ak
