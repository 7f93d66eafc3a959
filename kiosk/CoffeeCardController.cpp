#include "CoffeeCardController.h"

#include "LanguageController.h"

namespace ak {

CoffeeCardController::CoffeeCardController(CardRepository& cards, Journal& journal, const Clock& clock,
                                           QTimeZone zone, QString kioskId, QString servingDescription,
                                           ui::LanguageController& language, ServingSlipPrinter printSlip,
                                           QObject* parent)
    : QObject(parent),
      cards_(cards),
      journal_(journal),
      zone_(std::move(zone)),
      kioskId_(std::move(kioskId)),
      servingDescription_(std::move(servingDescription)),
      language_(language),
      printSlip_(std::move(printSlip)),
      throttle_(clock) {
    resume_.setSingleShot(true);
    connect(&resume_, &QTimer::timeout, this, [this] {
        if (active_ && stage_ == QStringLiteral("wait")) start();
    });
    start();
    active_ = false;
}

void CoffeeCardController::start() {
    if (const int wait = throttle_.waitSeconds(); wait > 0) {
        active_ = true;
        pause(wait);
        return;
    }
    active_ = true;
    scannedText_.clear();
    stage_ = QStringLiteral("scan");
    title_ = tr("Hold your coffee card under the scanner");
    detail_ = tr("The code on the card, or the card itself if it has a chip.");
    emit changed();
}

void CoffeeCardController::stop() {
    resume_.stop();
    active_ = false;
    scannedText_.clear();
    stage_ = QStringLiteral("scan");
    emit changed();
}

QString CoffeeCardController::leftText(const std::optional<int>& cupsLeft, const QDateTime& validUntil) const {
    QString left = !cupsLeft ? tr("Coffee as often as you like")
                   : *cupsLeft == 1 ? tr("1 coffee left")
                                    : tr("%1 coffees left").arg(*cupsLeft);
    if (validUntil.isValid()) {
        // valid_until is the first moment the card no longer works: show the last day it does,
        // as the printed card does
        const QDate last = validUntil.addMSecs(-1).toTimeZone(zone_).date();
        left += u'\n' + tr("Valid to and including %1").arg(language_.locale().toString(last, QLocale::ShortFormat));
    }
    return left;
}

void CoffeeCardController::scanned(const QString& text) {
    if (!active_ || stage_ == QStringLiteral("enjoy")) return;
    if (const int wait = throttle_.waitSeconds(); wait > 0) {
        pause(wait);  // not looked up, not counted
        return;
    }
    auto card = cards_.find(text);
    if (!card) {
        if (card.error().code == ErrorCode::NotFound) throttle_.recordFailure();
        refuse(card.error().message);
        return;
    }
    if (const CardRefusal refusal = CardRepository::refusalFor(card->status); refusal != CardRefusal::None) {
        refuse(CardRepository::refusalMessage(refusal));  // say it now, not after "Get a coffee"
        return;
    }
    scannedText_ = text;
    stage_ = QStringLiteral("found");
    title_ = card->typeName;
    detail_ = leftText(card->balance, card->validUntil);
    emit changed();
}

void CoffeeCardController::getCoffee() {
    if (stage_ != QStringLiteral("found")) return;
    auto outcome = cards_.redeem(scannedText_, RedeemPlace::kiosk(kioskId_), servingDescription_, journal_);
    if (!outcome) {
        refuse(tr("Something went wrong. Ask at the counter — they can help."));
        return;
    }
    if (!outcome->ok()) {
        refuse(outcome->message);
        return;
    }
    const Redemption& r = *outcome->redemption;
    stage_ = QStringLiteral("enjoy");
    title_ = tr("Enjoy your coffee!");
    detail_ = r.servingNumber ? tr("Your number is %1. Show it at the counter.").arg(*r.servingNumber) : QString();
    // a double scan shows the first redemption again, and its slip is already out
    if (r.servingNumber && !r.repeated && printSlip_) printSlip_(*r.servingNumber);
    detail_ += (detail_.isEmpty() ? QString() : QStringLiteral("\n")) + leftText(r.cupsLeft, r.validUntil);
    emit changed();
}

void CoffeeCardController::pause(int seconds) {
    stage_ = QStringLiteral("wait");
    title_ = tr("One moment, please");
    detail_ = tr("The scanner is taking a short break. Try again in %n second(s).", nullptr, seconds);
    resume_.start(seconds * 1000);
    emit changed();
}

void CoffeeCardController::refuse(const QString& message) {
    stage_ = QStringLiteral("refused");
    title_ = message;
    detail_ = tr("Try again, or ask at the counter.");
    emit changed();
}

}  // namespace ak
