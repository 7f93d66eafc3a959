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
        QSqlDriver* driver = db_.connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name == QLatin1String(kChannel)) emit changed(payload.toString());
                });
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
            qCWarning(lcFeed) << "cannot listen for changes:" << driver->lastError().text();
        return;
    }
    if (db_.isInMemory()) return;  // nobody else can write to it
    check_.setInterval(kSqliteCheckMs);
    connect(&check_, &QTimer::timeout, this, &ChangeFeed::checkSqlite);
    check_.start();
    checkSqlite();
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
