#pragma once
// The till's Devices page besides the printer (QML singleton `Devices`): every configured reader
// with its state in plain words and what to do when something is wrong, the last token each one saw
// (masked: a coffee card's code is worth cups), and the cash drawer as its sensor reports it.
//
// The readers and the drawer are the till's for its whole run; what comes and goes is the hardware
// underneath (the device manager starts a reader again when it is plugged back in), so the page
// asks the manager when it says something changed, keeps no device, and never decides anything:
// openings go through core (Cash).
// Ownership: TillApp owns it, the device manager and the drawer; they outlive it.

#include <QHash>
#include <optional>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

namespace ak {

class CashDrawer;
namespace dev {
class DeviceManager;
struct DeviceError;
struct TokenRead;
}
namespace ui {
class LanguageController;
}

class DevicesController : public QObject, public ui::QmlSingleton<DevicesController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Devices)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* readers READ readers CONSTANT)
    Q_PROPERTY(QString drawerText READ drawerText NOTIFY changed)
    Q_PROPERTY(bool readerProblem READ readerProblem NOTIFY changed)

public:
    DevicesController(const dev::DeviceManager& devices, const CashDrawer& drawer, ui::LanguageController& language,
                      QObject* parent = nullptr);

    QAbstractItemModel* readers() { return &rows_; }
    QString drawerText() const;
    bool readerProblem() const;  // some reader is not ready (for a hint on the sale screen)

    // "AK1-…7Q": enough to tell two cards apart, not enough to use one.
    static QString masked(const QString& token);

signals:
    void changed();

private:
    void onToken(const dev::TokenRead& token);
    void refresh();
    static QString wordsFor(const std::optional<dev::DeviceError>& error);

    const dev::DeviceManager& devices_;
    const CashDrawer& drawer_;
    ui::LanguageController& language_;
    QHash<QString, QString> lastSeen_;  // reader id -> masked token and time
    // detailText: the driver's own words when a reader is not ready (for whoever set it up).
    ui::RowsModel rows_{{"readerId", "name", "stateText", "ready", "lastText", "detailText"}};
};

}  // namespace ak
