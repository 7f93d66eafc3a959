#pragma once
// The sale in progress on the till: lines, quantities, eat-in/takeaway, discount, park and resume,
// abandon. Rules and arithmetic are core's (SaleDraft, SaleRepository); this controller turns them
// into rows and texts in the screen's language. QML singleton `Sale`.
// Ownership: main.cpp owns it; repositories, session, language and the drawer outlive it.

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"
#include "core/sales/SaleDraft.h"

namespace ak {

class CashDrawer;
class DiscountReasonRepository;
class SaleRepository;
class SessionController;
namespace ui {
class LanguageController;
}

class SaleController : public QObject, public ui::QmlSingleton<SaleController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sale)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* lines READ lines CONSTANT)
    Q_PROPERTY(QAbstractItemModel* parked READ parked CONSTANT)
    Q_PROPERTY(QAbstractItemModel* discountReasons READ discountReasons CONSTANT)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(bool takeaway READ takeaway WRITE setTakeaway NOTIFY changed)
    Q_PROPERTY(bool offersTakeaway READ offersTakeaway CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool drawerOpen READ drawerOpen NOTIFY drawerChanged)

public:
    SaleController(Currency currency, QLocale::Language cafeLanguage, SaleRepository& sales, DiscountReasonRepository& reasons, SessionController& session,
                   ui::LanguageController& language, const CashDrawer& drawer, QTimeZone zone,
                   QObject* parent = nullptr);

    QAbstractItemModel* lines() { return &lines_; }
    QAbstractItemModel* parked() { return &parked_; }
    QAbstractItemModel* discountReasons() { return &reasons_; }
    bool empty() const { return draft_.isEmpty(); }
    QString totalText() const;
    QString discountText() const;
    bool takeaway() const { return draft_.consumption() == Consumption::Takeaway; }
    void setTakeaway(bool on);
    bool offersTakeaway() const;
    QString errorText() const { return errorText_; }
    bool drawerOpen() const;

    Q_INVOKABLE void add(qint64 productId);
    Q_INVOKABLE void increase(qint64 productId);
    Q_INVOKABLE void decrease(qint64 productId);
    Q_INVOKABLE void remove(qint64 productId);
    Q_INVOKABLE void setPercentDiscount(int percent, const QString& reasonCode);
    Q_INVOKABLE void clearDiscount();
    Q_INVOKABLE void park();
    Q_INVOKABLE void resume(qint64 parkedId);
    Q_INVOKABLE void abandon();  // the whole sale is cancelled (journaled as a void)
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();   // parked sales and discount reasons

    // For the payment: the sale as it stands, and the call that starts the next one.
    const SaleDraft& draft() const { return draft_; }
    Money total() const;
    void startNext();

signals:
    void changed();
    void errorTextChanged();
    void drawerChanged();

private:
    bool apply(const Result<void>& result);
    void refresh();
    void setError(const QString& text);
    QLocale locale() const;

    QTimeZone zone_;
    SaleRepository& sales_;
    DiscountReasonRepository& reasonRepository_;
    SessionController& session_;
    ui::LanguageController& language_;
    const CashDrawer& drawer_;
    QLocale::Language cafeLanguage_;  // receipts and the journal name things in it
    SaleDraft draft_;
    ui::RowsModel lines_{{"productId", "name", "quantity", "amountText"}};
    ui::RowsModel parked_{{"parkedId", "summary", "whenText", "totalText"}};
    ui::RowsModel reasons_{{"code", "text"}};
    QString errorText_;
};

}  // namespace ak
