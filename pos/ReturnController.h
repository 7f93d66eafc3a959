#pragma once
// A return at the till (and a receipt copy): find the receipt, choose what comes back, say why, refund in cash or to
// the card, and a manager approves with their PIN. Core checks everything again (quantities, the
// approver's role) and stores the return as a new negative sale; the return receipt is queued.
// QML singleton `Returns`.
// Ownership: main.cpp (TillApp) owns it; everything it refers to outlives it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/print/ReceiptBuilder.h"
#include "core/sales/CompletedSale.h"

#include <map>
#include <optional>

namespace ak {

class Journal;
class PrintQueue;
class SaleRepository;
class SessionController;
class StaffRepository;
namespace ui {
class LanguageController;
}

class ReturnController : public QObject, public ui::QmlSingleton<ReturnController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Returns)
    QML_SINGLETON
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString saleText READ saleText NOTIFY changed)
    Q_PROPERTY(QAbstractItemModel* lines READ lines CONSTANT)
    Q_PROPERTY(QAbstractItemModel* managers READ managers CONSTANT)
    Q_PROPERTY(QString refundText READ refundText NOTIFY changed)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY changed)
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY changed)
    Q_PROPERTY(bool refundToCard READ refundToCard WRITE setRefundToCard NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString doneText READ doneText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    ReturnController(SaleRepository& sales, StaffRepository& staff, Journal& journal, SessionController& session,
                     PrintQueue& queue, ReceiptInfo receiptInfo, ui::LanguageController& language,
                     QObject* parent = nullptr);

    bool found() const { return original_.has_value(); }
    QString saleText() const;
    QAbstractItemModel* lines() { return &lines_; }
    QAbstractItemModel* managers() { return &managers_; }
    QString refundText() const;
    QString reason() const { return reason_; }
    void setReason(const QString& reason);
    QStringList reasons() const;
    bool refundToCard() const { return toCard_; }
    void setRefundToCard(bool on);
    bool ready() const;  // something chosen and a reason given: a manager may approve
    QString doneText() const { return doneText_; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void start();                           // a fresh return
    Q_INVOKABLE void find(const QString& typedNumber);  // the receipt number as typed
    Q_INVOKABLE void increase(qint64 saleLineId);
    Q_INVOKABLE void decrease(qint64 saleLineId);
    // The manager's PIN approves; wrong PINs count towards their lockout like any login.
    Q_INVOKABLE bool approve(qint64 managerId, const QString& pin);
    // A copy of the found receipt, titled KOPI; the law allows one per sale (core refuses a second).
    Q_INVOKABLE bool printCopy();

signals:
    void changed();

private:
    void refresh();
    void fail(const QString& text);
    QLocale locale() const;

    SaleRepository& sales_;
    StaffRepository& staff_;
    Journal& journal_;
    SessionController& session_;
    PrintQueue& queue_;
    ReceiptInfo receiptInfo_;
    ui::LanguageController& language_;
    std::optional<CompletedSale> original_;
    std::map<qint64, int> chosen_;  // sale line id → quantity coming back
    QString reason_;
    bool toCard_ = false;
    QString doneText_;
    QString errorText_;
    ui::RowsModel lines_{{"saleLineId", "name", "sold", "back", "amountText"}};
    ui::RowsModel managers_{{"staffId", "name"}};
};

}  // namespace ak
