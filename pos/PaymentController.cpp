#include "PaymentController.h"

#include <QLoggingCategory>

#include <algorithm>

#include "LanguageController.h"
#include "SaleController.h"
#include "SessionController.h"
#include "core/cards/CardCheckout.h"
#include "core/money/MoneyFormat.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/SaleRepository.h"

Q_LOGGING_CATEGORY(lcPayment, "aktivkafe.pos.payment")

namespace ak {

namespace {
// The notes and coins people usually hand over; the same in Norway and Denmark.
constexpr qint64 kQuickCashKroner[] = {20, 50, 100, 200, 500};
}  // namespace

PaymentController::PaymentController(SaleController& sale, SaleRepository& sales, SessionController& session,
                                     PrintQueue& queue, ReceiptInfo receiptInfo, ui::LanguageController& language,
                                     Cards cards, QObject* parent)
    : QObject(parent),
      sale_(sale),
      sales_(sales),
      session_(session),
      queue_(queue),
      receiptInfo_(std::move(receiptInfo)),
      language_(language),
      cards_(std::move(cards)) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &PaymentController::refresh);
    refresh();
}

QLocale PaymentController::locale() const { return language_.locale(); }

QString PaymentController::stage() const {
    if (completed_) return QStringLiteral("done");
    return plan_ ? QStringLiteral("paying") : QStringLiteral("idle");
}

QString PaymentController::dueText() const {
    if (completed_) return formatMoney(completed_->paid(), locale());
    return plan_ ? formatMoney(plan_->totalDue(), locale()) : QString();
}

QString PaymentController::remainingText() const {
    return plan_ ? formatMoney(plan_->remaining(), locale()) : QString();
}

QString PaymentController::remainingCashText() const {
    return plan_ ? formatMoney(plan_->remainingInCash(), locale()) : QString();
}

QString PaymentController::changeText() const {
    if (completed_) return formatMoney(completed_->change, locale());
    return plan_ ? formatMoney(plan_->change(), locale()) : QString();
}

bool PaymentController::hasChange() const {
    if (completed_) return !completed_->change.isZero();
    return plan_ && !plan_->change().isZero();
}

QString PaymentController::roundingText() const {
    const Money r = completed_ ? completed_->rounding : plan_ ? plan_->rounding() : Money();
    if (r.isZero()) return {};
    return tr("Cash rounding: %1").arg(formatMoney(r, locale()));
}

QString PaymentController::receiptText() const {
    if (!completed_) return {};
    if (receiptQueued_) return tr("Receipt no. %1 is printing.").arg(completed_->receiptNumber);
    return tr("Sale no. %1 is stored.").arg(completed_->receiptNumber);
}

void PaymentController::begin() {
    if (sale_.empty()) return;
    if (const Result<void> ok = sale_.draft().canComplete(); !ok) {
        errorText_ = ok.error().message;
        emit changed();
        return;
    }
    plan_.emplace(sale_.total());
    completed_.reset();
    receiptQueued_ = false;
    errorText_.clear();
    refresh();
}

void PaymentController::apply(const Result<void>& result) {
    errorText_ = result ? QString() : result.error().message;
    refresh();
}

void PaymentController::addCash(const QString& typed) {
    if (plan_) apply(plan_->addCash(typed));
}

void PaymentController::addCashMinor(qint64 minor) {
    if (plan_) apply(plan_->addCash(Money(minor, plan_->totalDue().currency())));
}

void PaymentController::exactCash() {
    if (plan_) apply(plan_->payRestInCash());
}

void PaymentController::addCard(const QString& typed) {
    if (!plan_) return;
    apply(typed.trimmed().isEmpty() ? plan_->add(PaymentMethod::Card, plan_->remaining())
                                    : plan_->add(PaymentMethod::Card, typed));
}

void PaymentController::addMobile(const QString& typed, const QString& reference) {
    if (!plan_) return;
    apply(typed.trimmed().isEmpty() ? plan_->add(PaymentMethod::Mobile, plan_->remaining(), reference)
                                    : plan_->add(PaymentMethod::Mobile, typed, reference));
}

int PaymentController::coffeeCardUnitsLeft() const {
    if (!plan_ || completed_) return 0;
    const auto units = coffeeCardUnits(sale_.draft());
    const auto used = std::count_if(plan_->entries().begin(), plan_->entries().end(),
                                    [](const Payment& p) { return p.method == PaymentMethod::CoffeeCard; });
    return std::max(0, int(units.size()) - int(used));
}

QString PaymentController::cardsIssuedText() const {
    if (!completed_ || cardsIssued_ == 0) return {};
    return tr("%n coffee card(s) printing: hand them over with the receipt.", nullptr, cardsIssued_);
}

void PaymentController::awaitCoffeeCard() {
    if (coffeeCardUnitsLeft() == 0) return;
    waitingForCoffeeCard_ = true;
    errorText_.clear();
    refresh();
}

void PaymentController::cancelCoffeeCard() {
    waitingForCoffeeCard_ = false;
    refresh();
}

void PaymentController::coffeeCardScanned(const QString& text) {
    if (!plan_ || !waitingForCoffeeCard_) return;
    waitingForCoffeeCard_ = false;
    // Say at once why a card cannot pay (the checkout checks again inside the sale's transaction).
    auto card = cards_.repository.find(text);
    if (!card) {
        apply(Result<void>::fail(card.error().code, card.error().message));
        return;
    }
    if (const CardRefusal refusal = CardRepository::refusalFor(card->status); refusal != CardRefusal::None) {
        apply(Result<void>::fail(ErrorCode::InvalidInput, CardRepository::refusalMessage(refusal)));
        return;
    }
    const int paid = int(coffeeCardUnits(sale_.draft()).size()) - coffeeCardUnitsLeft();
    auto units = coffeeCardUnits(sale_.draft());
    if (paid >= int(units.size())) return;
    // The dearest unit first: the card pays for as much as it may.
    std::sort(units.begin(), units.end(), [](const Money& a, const Money& b) { return b < a; });
    apply(plan_->addCoffeeCard(text, units[std::size_t(paid)]));
}

void PaymentController::removeEntry(int index) {
    if (plan_) apply(plan_->remove(index));
}

void PaymentController::noReceipt() {
    // A sale concluded without a printed receipt is an event the law counts (SAF-T 13030).
    // (also when the till locks before anyone answered: the seller is the actor, not the session)
    if (!completed_ || receiptQueued_) return;
    StaffMember seller;
    seller.id = completed_->operatorId;
    if (auto r = sales_.recordNoReceipt(completed_->id, seller); !r)
        qCWarning(lcPayment) << "the sale without a receipt could not be journaled:" << r.error().message;
}

void PaymentController::cancel() {
    noReceipt();
    completed_.reset();
    receiptQueued_ = false;
    plan_.reset();
    waitingForCoffeeCard_ = false;
    errorText_.clear();
    refresh();
}

bool PaymentController::complete() {
    const StaffMember* op = session_.currentOperator();
    if (!plan_ || !op) return false;
    int issued = 0;
    // Cards sold with the sale print inside its transaction: their codes exist only now.
    auto queueCard = [this, &issued](const IssuedCard& card) -> Result<void> {
        auto job = queue_.enqueue(QStringLiteral("card"), QString::number(card.card.id),
                                  CardPrint::build(card, cards_.printInfo));
        if (!job) return job.error();
        ++issued;
        return {};
    };
    auto done = completeSaleWithCards(cards_.db, sales_, cards_.repository, sale_.draft(), *plan_, *op,
                                      cards_.journal, queueCard);
    if (!done) {
        errorText_ = done.error().message;
        refresh();
        return false;
    }
    completed_ = std::move(done).value();
    cardsIssued_ = issued;
    // Core decided whether the drawer opens, journaled it and queued its pulse with the sale.
    plan_.reset();
    sale_.startNext();
    errorText_.clear();
    qCInfo(lcPayment) << "sale" << completed_->receiptNumber << "completed";
    emit completed(completed_->receiptNumber);
    refresh();
    return true;
}

void PaymentController::printReceipt() {
    if (!completed_ || receiptQueued_) return;
    ReceiptInfo info = receiptInfo_;
    info.operatorName = session_.operatorName();
    auto job = queue_.enqueue(QStringLiteral("receipt"), QString::number(completed_->id),
                              ReceiptBuilder::build(*completed_, info));
    if (!job) {
        errorText_ = job.error().message;
    } else {
        receiptQueued_ = true;
    }
    refresh();
}

void PaymentController::finish() {
    noReceipt();
    completed_.reset();
    cardsIssued_ = 0;
    plan_.reset();
    receiptQueued_ = false;
    errorText_.clear();
    refresh();
}

void PaymentController::refresh() {
    const QLocale here = locale();
    std::vector<QVariantMap> rows;
    if (plan_) {
        int i = 0;
        for (const Payment& p : plan_->entries()) {
            QString method;
            switch (p.method) {
                case PaymentMethod::Cash: method = tr("Cash"); break;
                case PaymentMethod::Card: method = tr("Card"); break;
                case PaymentMethod::Mobile: method = tr("Vipps / MobilePay"); break;
                case PaymentMethod::CoffeeCard: {
                    auto card = cards_.repository.find(p.reference);  // the scanned text, in memory only
                    method = card ? tr("Coffee card (%1)").arg(card->typeName) : tr("Coffee card");
                    break;
                }
                case PaymentMethod::Voucher: method = tr("Voucher"); break;
            }
            rows.push_back({{QStringLiteral("index"), i++},
                            {QStringLiteral("methodText"), method},
                            {QStringLiteral("amountText"), formatMoney(p.tendered, here)}});
        }
    }
    entries_.setRows(std::move(rows));
    if (quickCash_.count() == 0 || plan_) {
        std::vector<QVariantMap> quick;
        const Currency currency = plan_ ? plan_->totalDue().currency() : Currency::NOK;
        for (qint64 kroner : kQuickCashKroner) {
            const Money m = Money::kroner(kroner, currency);
            quick.push_back({{QStringLiteral("label"), formatMoney(m, here)}, {QStringLiteral("minor"), m.minor()}});
        }
        quickCash_.setRows(std::move(quick));
    }
    emit changed();
}

}  // namespace ak
