#pragma once
// The kiosk's coffee card: scan → what the card is and what is left, in big friendly words →
// "Get a coffee" → core redeems it exactly once (and puts it on the till's "From the kiosk" list)
// → "Enjoy!" with the serving number. Refusals are kind and say what to do. QML singleton
// `CoffeeCard`. More than ten unknown codes a minute and the scanner takes a short break
// (ScanThrottle): scans in the break are not looked at. Ownership: main.cpp owns it; the repository, journal and language outlive it.

#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "core/cards/CoffeeCard.h"
#include "core/cards/ScanThrottle.h"

#include <functional>
#include <optional>

namespace ak {

class Journal;
namespace ui {
class LanguageController;
}

class CoffeeCardController : public QObject, public ui::QmlSingleton<CoffeeCardController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(CoffeeCard)
    QML_SINGLETON
    Q_PROPERTY(QString stage READ stage NOTIFY changed)  // "scan", "found", "refused", "enjoy", "wait"
    Q_PROPERTY(QString titleText READ titleText NOTIFY changed)
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)

public:
    // Prints the serving slip after a redemption; empty: the café prints none.
    using ServingSlipPrinter = std::function<void(int servingNumber)>;

    // zone: the café's ([cafe] time_zone), for the last valid day shown
    CoffeeCardController(CardRepository& cards, Journal& journal, const Clock& clock, QTimeZone zone, QString kioskId,
                         QString servingDescription, ui::LanguageController& language,
                         ServingSlipPrinter printSlip = {}, QObject* parent = nullptr);

    QString stage() const { return stage_; }
    QString titleText() const { return title_; }
    QString detailText() const { return detail_; }

    Q_INVOKABLE void start();        // the visitor chose "Coffee card": waiting for a scan
    void scanned(const QString& text);  // from the scanner, while the card screen is open
    Q_INVOKABLE void getCoffee();    // "Get a coffee"
    bool active() const { return active_; }
    Q_INVOKABLE void stop();         // back to the welcome screen: forget the card

signals:
    void changed();

private:
    void refuse(const QString& message);
    void pause(int seconds);
    QString leftText(const std::optional<int>& cupsLeft, const QDateTime& validUntil) const;

    CardRepository& cards_;
    Journal& journal_;
    QTimeZone zone_;
    QString kioskId_;
    QString servingDescription_;
    ui::LanguageController& language_;
    ServingSlipPrinter printSlip_;
    ScanThrottle throttle_;
    QTimer resume_;  // ends the scanner's break
    bool active_ = false;
    QString scannedText_;
    QString stage_ = QStringLiteral("scan");
    QString title_;
    QString detail_;
};

}  // namespace ak
