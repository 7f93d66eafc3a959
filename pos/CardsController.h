#pragma once
// The till's coffee cards (QML singleton `Cards`), for volunteers and managers:
//
//  - give out a free card: choose the type, the programme and the validity, and the card is
//    issued and its print-out queued in ONE transaction (the printed code exists only now and can
//    never be rebuilt, so it must not be lost between the two); the programme's give-away budget
//    is shown with its 80 % warning; optionally the next chip (NFC) scanned is bound to it;
//  - look at a card someone shows: scan it or type its code → type, what is left, validity and its
//    history (dates and places only); bind a chip to it, take it back at the end of a programme, or
//    block it when it is lost (a manager; core checks the permission).
//
// Scans reach it through TillApp while its screen is open. Punch cards and day passes are not
// issued here: they are sold as products (the sale issues them).
// Ownership: TillApp owns it; everything it refers to outlives it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/cards/CoffeeCard.h"
#include "core/print/CardPrint.h"

#include <optional>

namespace ak {

class Database;
class Journal;
class PrintQueue;
class SessionController;
namespace ui {
class LanguageController;
}

class CardsController : public QObject, public ui::QmlSingleton<CardsController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Cards)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* freeTypes READ freeTypes CONSTANT)
    Q_PROPERTY(QAbstractItemModel* history READ history CONSTANT)
    Q_PROPERTY(bool listening READ listening WRITE setListening NOTIFY changed)
    Q_PROPERTY(QString waitingFor READ waitingFor NOTIFY changed)  // "", "chip"
    Q_PROPERTY(bool cardShown READ cardShown NOTIFY changed)
    Q_PROPERTY(QString cardTitle READ cardTitle NOTIFY changed)
    Q_PROPERTY(QString cardStatus READ cardStatus NOTIFY changed)  // "active", "empty", ... (for colour)
    Q_PROPERTY(QString cardStatusText READ cardStatusText NOTIFY changed)
    Q_PROPERTY(QString cardDetail READ cardDetail NOTIFY changed)
    Q_PROPERTY(QString messageText READ messageText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    CardsController(Database& db, CardRepository& cards, CardTypeRepository& types, Journal& journal,
                    SessionController& session, PrintQueue& queue, CardPrintInfo printInfo,
                    ui::LanguageController& language, QObject* parent = nullptr);

    QAbstractItemModel* freeTypes() { return &freeTypes_; }
    QAbstractItemModel* history() { return &history_; }
    bool listening() const { return listening_; }
    void setListening(bool on);
    QString waitingFor() const { return chipFor_ ? QStringLiteral("chip") : QString(); }
    bool cardShown() const { return shown_.has_value(); }
    QString cardTitle() const { return shown_ ? shown_->typeName : QString(); }
    QString cardStatus() const { return shown_ ? cardStatusKey(shown_->status) : QString(); }
    QString cardStatusText() const;
    QString cardDetail() const;
    QString messageText() const { return message_; }
    QString errorText() const { return error_; }

    Q_INVOKABLE void reload();
    // Gives out a free card of `typeId` and queues its print-out; `bindChip`: the next chip scanned
    // is bound to it. `programme` empty: the type's. `validityDays` 0: the type's.
    Q_INVOKABLE bool giveOut(qint64 typeId, const QString& programme, int validityDays, bool bindChip);
    // The budget line for a programme ("Velkommen: 82 of 100 cups this month"), empty if none.
    Q_INVOKABLE QString budgetText(const QString& programme) const;
    Q_INVOKABLE bool budgetWarning(const QString& programme) const;
    Q_INVOKABLE void lookUp(const QString& typedOrScanned);
    Q_INVOKABLE void bindChipToShown();
    Q_INVOKABLE void cancelChip();
    Q_INVOKABLE bool markReturned();
    Q_INVOKABLE bool block();
    Q_INVOKABLE void clearCard();

    // From TillApp while listening(): a chip when one is awaited, otherwise a card to show.
    void scanned(const QString& text);

signals:
    void changed();

private:
    // Blocks or marks returned the card shown (core checks the permission), then says `done`.
    bool changeShown(Result<void> (CardRepository::*change)(qint64, const StaffMember&, Journal&), const QString& done);
    void show(const CoffeeCard& card);
    void refreshShown();
    void fail(const QString& error);
    void say(const QString& message);

    Database& db_;
    CardRepository& cards_;
    CardTypeRepository& types_;
    Journal& journal_;
    SessionController& session_;
    PrintQueue& queue_;
    CardPrintInfo printInfo_;
    ui::LanguageController& language_;
    ui::RowsModel freeTypes_{{"typeId", "name", "holdsText", "validityDays", "programme"}};
    ui::RowsModel history_{{"whenText", "eventText", "placeText"}};
    bool listening_ = false;
    std::optional<qint64> chipFor_;  // the card the next chip is bound to
    std::optional<CoffeeCard> shown_;
    QString message_;
    QString error_;
};

}  // namespace ak
