#include "CardTypesController.h"

#include "LanguageController.h"
#include "SessionController.h"
#include "core/cards/CardReport.h"
#include "core/cards/CardType.h"
#include "core/util/Clock.h"

namespace ak {

CardTypesController::CardTypesController(Database& db, CardTypeRepository& types, Journal& journal,
                                         SessionController& session, const Clock& clock, QTimeZone zone,
                                         ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      db_(db),
      types_repo_(types),
      journal_(journal),
      session_(session),
      clock_(clock),
      zone_(std::move(zone)),
      language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &CardTypesController::reload);
}

QString CardTypesController::kindText(int kind) const {
    switch (CardKind(kind)) {
    case CardKind::Free: return tr("Free card");
    case CardKind::Punch: return tr("Punch card");
    case CardKind::DayPass: return tr("Day pass");
    }
    return {};
}

void CardTypesController::reload() {
    std::vector<QVariantMap> rows;
    if (auto list = types_repo_.list()) {
        for (const CardType& t : list.value()) {
            QString holds = t.cups ? tr("%n cup(s)", nullptr, *t.cups) : tr("Unlimited");
            if (t.validityDays) holds += QStringLiteral(" · ") + tr("%n day(s)", nullptr, *t.validityDays);
            rows.push_back({{QStringLiteral("typeId"), t.id},
                            {QStringLiteral("name"), t.name},
                            {QStringLiteral("kindText"), kindText(int(t.kind))},
                            {QStringLiteral("holdsText"), holds},
                            {QStringLiteral("programme"), t.programme},
                            {QStringLiteral("active"), t.active}});
        }
    } else {
        error_ = list.error().message;
    }
    types_.setRows(std::move(rows));
    loadFigures();
    emit changed();
}

void CardTypesController::loadFigures() {
    const QDate today = clock_.now().toTimeZone(zone_).date();
    const QDate first(today.year(), today.month(), 1);
    const QLocale here = language_.locale();
    period_ = tr("This month: %1 – %2").arg(here.toString(first, QLocale::ShortFormat), here.toString(today, QLocale::ShortFormat));
    auto figures = CardReport::figures(db_, first, today, zone_, clock_);
    if (!figures) {
        error_ = figures.error().message;
        figures_.setRows({});
        budgets_.setRows({});
        return;
    }
    std::vector<QVariantMap> rows;
    for (const CardTypeFigures& f : figures->rows) {
        QStringList issued;
        if (f.kind == CardKind::Free) {
            issued << tr("%n handed out", nullptr, f.handedOut);
        } else {
            issued << tr("%n sold", nullptr, f.sold);
            if (f.issuedWithoutSale > 0) issued << tr("%n without a sale", nullptr, f.issuedWithoutSale);
        }
        QString outstanding = tr("%n active", nullptr, f.activeCards);
        if (f.cupsLeft > 0) outstanding += QStringLiteral(" · ") + tr("%n cup(s) left", nullptr, f.cupsLeft);
        if (f.activeUnlimited > 0) outstanding += QStringLiteral(" · ") + tr("%n unlimited", nullptr, f.activeUnlimited);
        rows.push_back({{QStringLiteral("typeName"), f.typeName},
                        {QStringLiteral("programme"), f.programme},
                        {QStringLiteral("issuedText"), issued.join(QStringLiteral(", "))},
                        {QStringLiteral("redeemedText"),
                         tr("%n cup(s) redeemed (kiosk %1, till %2)", nullptr, f.redeemed())
                             .arg(f.redeemedKiosk)
                             .arg(f.redeemedTill)},
                        {QStringLiteral("outstandingText"), outstanding}});
    }
    figures_.setRows(std::move(rows));
    std::vector<QVariantMap> budgets;
    for (const BudgetUse& b : figures->budgets) {
        const QString use = b.budget > 0 ? tr("%1 of %2 cups this month").arg(b.used).arg(b.budget)
                                         : tr("%n cup(s) this month, no budget set", nullptr, b.used);
        budgets.push_back({{QStringLiteral("programme"), b.programme},
                           {QStringLiteral("useText"), use},
                           {QStringLiteral("warning"), b.warning}});
    }
    budgets_.setRows(std::move(budgets));
}

bool CardTypesController::add(const QString& kind, const QString& name, int cups, int days, const QString& programme) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    CardType t;
    t.kind = cardKindFromKey(kind).value_or(CardKind::Free);
    t.name = name.trimmed();
    if (cups > 0) t.cups = cups;
    if (t.kind == CardKind::Free) {
        t.validityDays = days > 0 ? std::optional<int>(days) : std::nullopt;
        t.programme = programme.trimmed();
    }
    auto added = types_repo_.add(t, *by, journal_);
    if (!added) {
        fail(added.error().message);
        return false;
    }
    message_ = tr("“%1” is added.").arg(added->name);
    error_.clear();
    reload();
    return true;
}

bool CardTypesController::setActive(qint64 typeId, bool active) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    if (const Result<void> r = types_repo_.setActive(typeId, active, *by, journal_); !r) {
        fail(r.error().message);
        return false;
    }
    message_ = active ? tr("The type can be given out again.")
                      : tr("The type is retired. Cards already out keep working.");
    error_.clear();
    reload();
    return true;
}

bool CardTypesController::setBudget(const QString& programme, int monthlyCups) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    if (const Result<void> r = types_repo_.setBudget(programme.trimmed(), monthlyCups, *by, journal_); !r) {
        fail(r.error().message);
        return false;
    }
    message_ = tr("The budget for %1 is %n cup(s) a month.", nullptr, monthlyCups).arg(programme.trimmed());
    error_.clear();
    reload();
    return true;
}

void CardTypesController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

}  // namespace ak
