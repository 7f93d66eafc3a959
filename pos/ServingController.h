#pragma once
// "From the kiosk": what visitors redeemed at the kiosk and wait for at the counter, with a
// "Served" button each. The kiosk is another process (often another machine): TillApp calls
// refresh() when its ChangeFeed says the serving queue changed (core/storage/ChangeFeed.h).
// QML singleton `Serving`. Ownership: TillApp owns it; the queue, journal and session outlive it.

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

namespace ak {

class Journal;
class ServingQueue;
class SessionController;

class ServingController : public QObject, public ui::QmlSingleton<ServingController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Serving)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* waiting READ waiting CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    // zone: the café's ([cafe] time_zone), for the times shown
    ServingController(ServingQueue& queue, Journal& journal, SessionController& session, QTimeZone zone,
                      QObject* parent = nullptr);

    QAbstractItemModel* waiting() { return &waiting_; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void served(qint64 id);

signals:
    void changed();

private:
    ServingQueue& queue_;
    Journal& journal_;
    SessionController& session_;
    QTimeZone zone_;
    ui::RowsModel waiting_{{"servingId", "numberText", "description", "whenText"}};
    QString errorText_;
};

}  // namespace ak
