#pragma once
// Paying the sale on the screen: cash with the usual notes and coins, card on the external
// terminal, Vipps/MobilePay, split over several; then the change in big digits and "Receipt?".
// Core does the arithmetic (PaymentPlan) and the storing (SaleRepository::complete); the receipt
// goes through the persisted print queue after the sale has committed. A coffee card pays for one
// coffee (or whatever the catalogue lets it pay for) per scan; cards sold as products (punch cards,
// day passes) are issued with the sale and their print-outs queued in the same transaction
// (core/cards/CardCheckout.h). QML singleton `Payment`.
// Ownership: main.cpp owns it; everything it refers to outlives it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/print/CardPrint.h"
#include "core/print/ReceiptBuilder.h"
#include "core/sales/CompletedSale.h"
#include "core/sales/PaymentPlan.h"

#include <optional>

namespace ak {

class CardRepository;
class Database;
class Journal;
class PrintQueue;
class SaleController;
class SaleRepository;
class SessionController;
namespace ui {
class LanguageController;
}

class PaymentController : public QObject, public ui::QmlSingleton<PaymentController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Payment)
    QML_SINGLETON
    Q_PROPERTY(QString stage READ stage NOTIFY changed)  // "idle", "paying", "done"
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    Q_PROPERTY(QString remainingCashText READ remainingCashText NOTIFY changed)
    Q_PROPERTY(bool paidInFull READ paidInFull NOTIFY changed)
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    Q_PROPERTY(bool hasChange READ hasChange NOTIFY changed)
    Q_PROPERTY(QString roundingText READ roundingText NOTIFY changed)
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY changed)
    Q_PROPERTY(QAbstractItemModel* entries READ entries CONSTANT)
    Q_PROPERTY(QAbstractItemModel* quickCash READ quickCash CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // Units in the sale a coffee card can still pay for; > 0 shows the "Coffee card" button.
    Q_PROPERTY(int coffeeCardUnitsLeft READ coffeeCardUnitsLeft NOTIFY changed)
    Q_PROPERTY(bool waitingForCoffeeCard READ waitingForCoffeeCard NOTIFY changed)
    Q_PROPERTY(QString cardsIssuedText READ cardsIssuedText NOTIFY changed)

public:
    struct Cards {
        Database& db;
        CardRepository& repository;
        Journal& journal;  // the till's, the one SaleRepository writes to
        CardPrintInfo printInfo;
    };
    PaymentController(SaleController& sale, SaleRepository& sales, SessionController& session, PrintQueue& queue,
                      ReceiptInfo receiptInfo, ui::LanguageController& language,
                      Cards cards, QObject* parent = nullptr);

    QString stage() const;
    QString dueText() const;
    QString remainingText() const;
    QString remainingCashText() const;
    bool paidInFull() const { return plan_ && plan_->isPaidInFull(); }
    QString changeText() const;
    bool hasChange() const;
    QString roundingText() const;
    QString receiptText() const;
    QAbstractItemModel* entries() { return &entries_; }
    QAbstractItemModel* quickCash() { return &quickCash_; }
    QString errorText() const { return errorText_; }
    int coffeeCardUnitsLeft() const;
    bool waitingForCoffeeCard() const { return waitingForCoffeeCard_; }
    QString cardsIssuedText() const;

    Q_INVOKABLE void begin();                      // the Pay button
    Q_INVOKABLE void addCash(const QString& typed);  // "50", "12,50"
    Q_INVOKABLE void addCashMinor(qint64 minor);   // a quick button (a note or coin)
    Q_INVOKABLE void exactCash();                  // the rest, exactly, in cash
    Q_INVOKABLE void addCard(const QString& typed);  // empty: the rest
    Q_INVOKABLE void addMobile(const QString& typed, const QString& reference);  // empty amount: the rest
    Q_INVOKABLE void awaitCoffeeCard();             // "Coffee card": the next scan pays one unit
    Q_INVOKABLE void cancelCoffeeCard();
    // A scan while waiting (TillApp), or the code typed on the screen.
    Q_INVOKABLE void coffeeCardScanned(const QString& text);
    Q_INVOKABLE void removeEntry(int index);
    Q_INVOKABLE void cancel();                     // back to the sale, nothing stored
    Q_INVOKABLE bool complete();                   // stores the sale; opens the drawer if cash
    Q_INVOKABLE void printReceipt();               // "Receipt? Yes": queued, printed when it can
    Q_INVOKABLE void finish();                     // "No receipt" / done: next sale

signals:
    void changed();
    void completed(qint64 receiptNumber);

private:
    void apply(const Result<void>& result);
    void refresh();
    void noReceipt();  // the completed sale ends without its receipt: core journals it
    QLocale locale() const;

    SaleController& sale_;
    SaleRepository& sales_;
    SessionController& session_;
    PrintQueue& queue_;
    ReceiptInfo receiptInfo_;
    ui::LanguageController& language_;
    Cards cards_;
    std::optional<PaymentPlan> plan_;
    bool waitingForCoffeeCard_ = false;
    int cardsIssued_ = 0;  // by the sale just completed
    std::optional<CompletedSale> completed_;
    bool receiptQueued_ = false;
    ui::RowsModel entries_{{"index", "methodText", "amountText"}};
    ui::RowsModel quickCash_{{"label", "minor"}};
    QString errorText_;
};

}  // namespace ak
