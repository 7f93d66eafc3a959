#pragma once
// Coffee-card types, kept by a manager (Permission::ManageCardTypes):
//
//   free      N cups or unlimited, valid for D local calendar days from the day of issue, for a
//             programme (or reason), which is required; counted against the programme's budget
//   punch     N cups, sold at the till as a product; no end date
//   day_pass  unlimited cups until the end of the local calendar day of issue (for now: the
//             business day's close is not yet known to core)
//
// The give-away budget of a programme is counted in cups redeemed on its free cards within a local
// calendar month (an unlimited card counts every cup). Reaching 80 % sets a warning; the budget
// never refuses a visitor at the kiosk — it is for the manager.
//
// Ownership: holds references to the Database and the Clock.

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>
#include <vector>

#include "core/staff/StaffMember.h"
#include "core/util/Result.h"

namespace ak {

class Clock;
class Database;
class Journal;

enum class CardKind { Free, Punch, DayPass };

QString cardKindKey(CardKind kind);  // "free", "punch", "day_pass"
std::optional<CardKind> cardKindFromKey(const QString& key);

struct CardType {
    qint64 id = 0;
    CardKind kind = CardKind::Free;
    QString name;
    std::optional<int> cups;          // nullopt: unlimited
    std::optional<int> validityDays;  // free cards only
    QString programme;                // free cards only (required there)
    bool active = true;

    bool unlimited() const { return !cups.has_value(); }
};

struct BudgetUse {
    QString programme;
    int budget = 0;  // monthly cups; 0: no budget set
    int used = 0;    // cups redeemed on the programme's free cards this month
    bool warning = false;  // used has reached kBudgetWarnPercent of the budget
    bool over = false;     // used has reached the budget
};

class CardTypeRepository {
public:
    static constexpr int kBudgetWarnPercent = 80;

    CardTypeRepository(Database& db, const Clock& clock, QTimeZone zone)
        : db_(db), clock_(clock), zone_(std::move(zone)) {}

    // InvalidInput with a sentence for the manager when the type does not fit its kind.
    Result<CardType> add(const CardType& type, const StaffMember& by, Journal& journal);
    // Inactive types can no longer be issued; cards already out keep working.
    Result<void> setActive(qint64 typeId, bool active, const StaffMember& by, Journal& journal);
    Result<CardType> find(qint64 typeId) const;  // NotFound
    Result<std::vector<CardType>> list() const;  // by name

    Result<void> setBudget(const QString& programme, int monthlyCups, const StaffMember& by, Journal& journal);

    // Sells cards of `typeId` as the product `productId` (nullopt: the product issues no card any
    // more), journaled as "card_type_product". Free cards are given, never sold: InvalidInput, as for
    // an inactive type and for a product a coffee card can pay for (a card never pays for a card).
    // NotFound for an unknown product or type.
    Result<void> linkProduct(qint64 productId, std::optional<qint64> typeId, const StaffMember& by, Journal& journal);

    // For loading demo data (DemoSeeder): the same checks and rows as add(), setBudget() and
    // linkProduct(), without a person and without journal entries of their own — the loader
    // journals the whole load once, in the same transaction.
    Result<CardType> addBySystem(const CardType& type);
    Result<void> setBudgetBySystem(const QString& programme, int monthlyCups);
    Result<void> linkProductBySystem(qint64 productId, std::optional<qint64> typeId);
    // The use in the local calendar month that holds `day`.
    Result<BudgetUse> budgetUse(const QString& programme, QDate day) const;
    // The same for the current month (the injected clock).
    Result<BudgetUse> budgetUseNow(const QString& programme) const;

private:
    Result<CardType> insert(const CardType& type, const StaffMember* by, Journal* journal);
    Result<void> storeBudget(const QString& programme, int monthlyCups, const StaffMember* by, Journal* journal);
    Result<void> storeLink(qint64 productId, std::optional<qint64> typeId, const StaffMember* by, Journal* journal);

    Database& db_;
    const Clock& clock_;
    QTimeZone zone_;
};

}  // namespace ak
