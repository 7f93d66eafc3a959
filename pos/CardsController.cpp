#include "CardsController.h"

#include "LanguageController.h"
#include "SessionController.h"
#include "core/printqueue/PrintQueue.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace ak {

CardsController::CardsController(Database& db, CardRepository& cards, CardTypeRepository& types, Journal& journal,
                                 SessionController& session, PrintQueue& queue, CardPrintInfo printInfo,
                                 ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      db_(db),
      cards_(cards),
      types_(types),
      journal_(journal),
      session_(session),
      queue_(queue),
      printInfo_(std::move(printInfo)),
      language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, [this] {
        reload();
        refreshShown();
    });
    reload();
}

void CardsController::setListening(bool on) {
    if (listening_ == on) return;
    listening_ = on;
    if (!on) {
        chipFor_.reset();
        message_.clear();
        error_.clear();
    }
    emit changed();
}

void CardsController::reload() {
    std::vector<QVariantMap> rows;
    if (auto list = types_.list()) {
        for (const CardType& t : list.value()) {
            if (t.kind != CardKind::Free || !t.active) continue;
            rows.push_back({{QStringLiteral("typeId"), t.id},
                            {QStringLiteral("name"), t.name},
                            {QStringLiteral("holdsText"), t.cups ? tr("%n cup(s)", nullptr, *t.cups) : tr("Unlimited")},
                            {QStringLiteral("validityDays"), t.validityDays.value_or(0)},
                            {QStringLiteral("programme"), t.programme}});
        }
    } else {
        error_ = list.error().message;
    }
    freeTypes_.setRows(std::move(rows));
    emit changed();
}

QString CardsController::budgetText(const QString& programme) const {
    if (programme.trimmed().isEmpty()) return {};
    auto use = types_.budgetUseNow(programme.trimmed());
    if (!use || use->budget == 0) return {};
    return tr("%1: %2 of %3 cups given away this month").arg(use->programme).arg(use->used).arg(use->budget);
}

bool CardsController::budgetWarning(const QString& programme) const {
    if (programme.trimmed().isEmpty()) return false;
    auto use = types_.budgetUseNow(programme.trimmed());
    return use && use->warning;
}

bool CardsController::giveOut(qint64 typeId, const QString& programme, int validityDays, bool bindChip) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    IssueOptions options;
    options.programme = programme.trimmed();
    if (validityDays > 0) options.validityDays = validityDays;
    std::optional<IssuedCard> issued;
    // The card and its print-out in one transaction: the code cannot be printed later.
    const Result<void> written = db_.write([&]() -> Result<void> {
        auto card = cards_.issue(typeId, options, *by, journal_);
        if (!card) return card.error();
        auto job = queue_.enqueue(QStringLiteral("card"), QString::number(card->card.id),
                                  CardPrint::build(card.value(), printInfo_));
        if (!job) return job.error();
        issued = std::move(card).value();
        return {};
    });
    if (!written) {
        fail(written.error().message);
        return false;
    }
    show(issued->card);
    if (bindChip) {
        chipFor_ = issued->card.id;
        say(tr("The card is printing. Now hold the chip to the reader to bind it to this card."));
    } else {
        say(tr("The card is printing. Hand it over with the print-out."));
    }
    return true;
}

void CardsController::lookUp(const QString& typedOrScanned) {
    auto card = cards_.find(typedOrScanned);
    if (!card) {
        shown_.reset();
        history_.setRows({});
        fail(card.error().message);
        return;
    }
    show(card.value());
    message_.clear();
    error_.clear();
    emit changed();
}

void CardsController::scanned(const QString& text) {
    if (!chipFor_) {
        lookUp(text);
        return;
    }
    const StaffMember* by = session_.currentOperator();
    const qint64 cardId = *chipFor_;
    chipFor_.reset();
    if (!by) return;
    if (const Result<void> bound = cards_.bindNfc(cardId, text, *by, journal_); !bound) {
        fail(bound.error().message);
        return;
    }
    say(tr("The chip is bound. Holding it to the kiosk's reader works like scanning the card."));
}

void CardsController::bindChipToShown() {
    if (!shown_) return;
    chipFor_ = shown_->id;
    say(tr("Hold the chip to the reader now."));
}

void CardsController::cancelChip() {
    chipFor_.reset();
    message_.clear();
    emit changed();
}

bool CardsController::changeShown(Result<void> (CardRepository::*change)(qint64, const StaffMember&, Journal&),
                                  const QString& done) {
    const StaffMember* by = session_.currentOperator();
    if (!by || !shown_) return false;
    if (const Result<void> r = (cards_.*change)(shown_->id, *by, journal_); !r) {
        fail(r.error().message);
        return false;
    }
    refreshShown();
    say(done);
    return true;
}

bool CardsController::markReturned() {
    return changeShown(&CardRepository::markReturned,
                       tr("The card is marked as handed back. It can no longer be used."));
}

bool CardsController::block() {
    return changeShown(&CardRepository::block, tr("The card is blocked. Whoever finds it cannot use it."));
}

void CardsController::clearCard() {
    shown_.reset();
    chipFor_.reset();
    history_.setRows({});
    message_.clear();
    error_.clear();
    emit changed();
}

QString CardsController::cardStatusText() const {
    if (!shown_) return {};
    switch (shown_->status) {
    case CardStatus::Active: return tr("Can be used");
    case CardStatus::Empty: return tr("No cups left");
    case CardStatus::Expired: return tr("Expired");
    case CardStatus::Blocked: return tr("Blocked (lost)");
    case CardStatus::Returned: return tr("Handed back");
    }
    return {};
}

QString CardsController::cardDetail() const {
    if (!shown_) return {};
    const QLocale here = language_.locale();
    QStringList lines;
    lines << (shown_->balance ? tr("%n cup(s) left", nullptr, *shown_->balance) : tr("Coffee as often as they like"));
    if (shown_->validUntil.isValid()) {
        // valid_until is the first moment the card no longer works: show the last day it does
        const QDate last = shown_->validUntil.addMSecs(-1).toTimeZone(printInfo_.timeZone).date();
        lines << tr("Valid to and including %1").arg(here.toString(last, QLocale::ShortFormat));
    } else {
        lines << tr("No end date");
    }
    if (!shown_->programme.isEmpty()) lines << tr("Programme: %1").arg(shown_->programme);
    return lines.join(u'\n');
}

void CardsController::show(const CoffeeCard& card) {
    shown_ = card;
    const QLocale here = language_.locale();
    std::vector<QVariantMap> rows;
    if (auto events = cards_.history(card.id)) {
        for (const CardEvent& e : events.value()) {
            QString what;
            if (e.event == QLatin1String("issued")) what = tr("Given out");
            else if (e.event == QLatin1String("redeemed")) what = tr("A coffee");
            else if (e.event == QLatin1String("blocked")) what = tr("Blocked");
            else if (e.event == QLatin1String("returned")) what = tr("Handed back");
            else what = e.event;
            QString place;
            if (e.place == QLatin1String("till")) place = tr("Till");
            else if (e.place.startsWith(QLatin1String("kiosk:"))) place = tr("Kiosk %1").arg(e.place.mid(6));
            rows.push_back({{QStringLiteral("whenText"), here.toString(e.at.toTimeZone(printInfo_.timeZone), QLocale::ShortFormat)},
                            {QStringLiteral("eventText"), what},
                            {QStringLiteral("placeText"), place}});
        }
    }
    std::reverse(rows.begin(), rows.end());  // newest first: what the volunteer asks about
    history_.setRows(std::move(rows));
    emit changed();
}

void CardsController::refreshShown() {
    if (!shown_) return;
    auto card = cards_.findById(shown_->id);  // the code is not kept: by id
    if (!card) {
        fail(card.error().message);
        return;
    }
    show(card.value());
}

void CardsController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

void CardsController::say(const QString& message) {
    message_ = message;
    error_.clear();
    emit changed();
}

}  // namespace ak
