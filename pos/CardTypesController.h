#pragma once
// The manager's coffee-card types and figures at the till (QML singleton `CardTypesAdmin`): the
// types (free with programme and validity, punch, day pass) with adding and retiring, the monthly
// give-away budget per programme, and this month's figures — issued, sold and redeemed per type and
// programme, outstanding cups, budget use. Core checks the manager's permission for every change.
// Ownership: TillApp owns it; everything it refers to outlives it.

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

namespace ak {

class CardTypeRepository;
class Clock;
class Database;
class Journal;
class SessionController;
namespace ui {
class LanguageController;
}

class CardTypesController : public QObject, public ui::QmlSingleton<CardTypesController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(CardTypesAdmin)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* types READ types CONSTANT)
    Q_PROPERTY(QAbstractItemModel* budgets READ budgets CONSTANT)
    Q_PROPERTY(QAbstractItemModel* figures READ figures CONSTANT)
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    CardTypesController(Database& db, CardTypeRepository& types, Journal& journal, SessionController& session,
                        const Clock& clock, QTimeZone zone, ui::LanguageController& language,
                        QObject* parent = nullptr);

    QAbstractItemModel* types() { return &types_; }
    QAbstractItemModel* budgets() { return &budgets_; }
    QAbstractItemModel* figures() { return &figures_; }
    QString periodText() const { return period_; }
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    Q_INVOKABLE void reload();
    // kind: "free", "punch", "day_pass"; cups 0: unlimited; days and programme for free cards.
    Q_INVOKABLE bool add(const QString& kind, const QString& name, int cups, int days, const QString& programme);
    Q_INVOKABLE bool setActive(qint64 typeId, bool active);
    Q_INVOKABLE bool setBudget(const QString& programme, int monthlyCups);

signals:
    void changed();

private:
    QString kindText(int kind) const;
    void loadFigures();
    void fail(const QString& error);

    Database& db_;
    CardTypeRepository& types_repo_;
    Journal& journal_;
    SessionController& session_;
    const Clock& clock_;
    QTimeZone zone_;
    ui::LanguageController& language_;
    ui::RowsModel types_{{"typeId", "name", "kindText", "holdsText", "programme", "active"}};
    ui::RowsModel budgets_{{"programme", "useText", "warning"}};
    ui::RowsModel figures_{{"typeName", "programme", "issuedText", "redeemedText", "outstandingText"}};
    QString period_;
    QString message_;
    QString error_;
};

}  // namespace ak
