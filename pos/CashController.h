#pragma once
// The cash drawer's side of a shift at the till (QML singleton `Cash`): open a shift with a float
// counted coin by coin (the last closing count offered, for a hand-over), cash in and out with a
// reason, the drawer opened without a sale, and the blind count that ends the shift — what the
// till expected is shown only once the count is stored (core keeps it from the counter before);
// then the difference, an explanation and, above [till] count_difference_alert, a manager's PIN.
// Also the training switch (a manager's; shown as a band on every till screen).
//
// Core decides everything (ShiftRepository, TrainingMode); this turns typed text into calls and
// answers into sentences. Drawer pulses are queued by core in the movement's own transaction.
// Ownership: TillApp owns it; everything it refers to outlives it.

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/cash/Shift.h"

#include <optional>

namespace ak {

class Database;
class Journal;
class CashDrawer;
class SaleRepository;
class SessionController;
class ShiftRepository;
class StaffRepository;
namespace ui {
class LanguageController;
}

class CashController : public QObject, public ui::QmlSingleton<CashController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Cash)
    QML_SINGLETON
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY changed)
    Q_PROPERTY(QString shiftText READ shiftText NOTIFY changed)
    Q_PROPERTY(QStringList denominations READ denominations CONSTANT)  // "1 kr", … "1000 kr"
    Q_PROPERTY(QStringList lastCount READ lastCount NOTIFY changed)    // pieces per denomination; empty: none
    Q_PROPERTY(QString lastCountText READ lastCountText NOTIFY changed)
    // who may count along or sign off: the active staff (staffId, name, manager), the operator left out
    Q_PROPERTY(QAbstractItemModel* people READ people CONSTANT)
    Q_PROPERTY(bool training READ training NOTIFY changed)
    Q_PROPERTY(bool counted READ counted NOTIFY changed)  // a count was just stored: the outcome shows
    Q_PROPERTY(QString countedText READ countedText NOTIFY changed)
    Q_PROPERTY(QString expectedText READ expectedText NOTIFY changed)  // empty until the count is stored
    Q_PROPERTY(QString differenceText READ differenceText NOTIFY changed)
    Q_PROPERTY(bool balanced READ balanced NOTIFY changed)
    Q_PROPERTY(bool needsSignOff READ needsSignOff NOTIFY changed)
    Q_PROPERTY(bool explained READ explained NOTIFY changed)
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    struct Settings {
        QString registerId;
        Currency currency = Currency::NOK;
        std::vector<qint64> denominations;  // [till] denominations as used (Denominations::of)
        QTimeZone zone;
    };

    CashController(Database& db, ShiftRepository& shifts, SaleRepository& sales, StaffRepository& staff,
                   Journal& journal, SessionController& session, CashDrawer& drawer, Settings settings,
                   ui::LanguageController& language, QObject* parent = nullptr);

    bool shiftOpen() const { return shift_.has_value(); }
    QString shiftText() const;
    QStringList denominations() const;
    QAbstractItemModel* people() { return &people_; }
    QStringList lastCount() const;
    QString lastCountText() const;
    bool training() const { return training_; }
    bool counted() const { return outcome_.has_value(); }
    QString countedText() const;
    QString expectedText() const;
    QString differenceText() const;
    bool balanced() const { return outcome_ && outcome_->difference.isZero(); }
    bool needsSignOff() const { return outcome_ && outcome_->needsSignOff && !signedOff_; }
    bool explained() const { return explained_; }
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    // The total of a count as typed so far (one text per denomination, smallest first): the
    // counter's own sum, never what the till expects. Empty while something typed is not a count.
    Q_INVOKABLE QString totalOf(const QStringList& typed) const;
    Q_INVOKABLE bool openShift(const QStringList& typed);
    // kind: "in", "out" or "noSale"; amount as typed ("50", "12,50"; ignored for noSale).
    Q_INVOKABLE bool move(const QString& kind, const QString& amount, const QString& reason);
    // The blind count that ends the shift; secondCounter: the staff id of whoever counted along (0: none).
    Q_INVOKABLE bool closeShift(const QStringList& typed, qint64 secondCounter);
    Q_INVOKABLE bool explain(const QString& note);
    Q_INVOKABLE bool signOff(qint64 managerId, const QString& pin);
    Q_INVOKABLE void finishCount();  // the outcome was read: back to "no shift open"
    Q_INVOKABLE bool setTraining(bool on);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

signals:
    void changed();

private:
    QString money(const Money& m) const;
    // The count as typed, or nullopt after saying what is wrong with it.
    std::optional<CashCount> parsed(const QStringList& typed);
    void fail(const QString& error);
    void done(const QString& message);

    Database& db_;
    ShiftRepository& shifts_;
    SaleRepository& sales_;
    StaffRepository& staff_;
    Journal& journal_;
    SessionController& session_;
    CashDrawer& drawer_;
    Settings settings_;
    ui::LanguageController& language_;
    ui::RowsModel people_{{"staffId", "name", "manager"}};
    std::optional<Shift> shift_;
    QString openedByName_;
    std::optional<CashCount> lastCount_;
    std::optional<CountOutcome> outcome_;
    bool signedOff_ = false;
    bool explained_ = false;
    bool training_ = false;
    QString message_;
    QString error_;
};

}  // namespace ak
