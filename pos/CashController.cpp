#include "CashController.h"

#include <QLoggingCategory>

#include "LanguageController.h"
#include "SessionController.h"
#include "core/cash/ShiftRepository.h"
#include "core/money/MoneyFormat.h"
#include "core/sales/SaleRepository.h"
#include "core/sales/TrainingMode.h"
#include "core/staff/StaffRepository.h"

Q_LOGGING_CATEGORY(lcCash, "aktivkafe.pos.cash")

namespace ak {

CashController::CashController(Database& db, ShiftRepository& shifts, SaleRepository& sales, StaffRepository& staff,
                               Journal& journal, SessionController& session, CashDrawer& drawer, Settings settings,
                               ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      db_(db),
      shifts_(shifts),
      sales_(sales),
      staff_(staff),
      journal_(journal),
      session_(session),
      drawer_(drawer),
      settings_(std::move(settings)),
      language_(language) {
    connect(&session_, &SessionController::loggedInChanged, this, [this] {
        // a count's outcome belongs to whoever counted; the next person starts afresh
        outcome_.reset();
        clearMessages();
        reload();
    });
    connect(&language_, &ui::LanguageController::currentChanged, this, &CashController::changed);
    reload();
}

void CashController::reload() {
    auto current = shifts_.current(settings_.registerId);
    if (!current) qCWarning(lcCash) << "the open shift could not be read:" << current.error().message;
    shift_ = current ? current.value() : std::nullopt;
    openedByName_.clear();
    if (shift_) {
        if (auto who = staff_.find(shift_->openedBy)) openedByName_ = who->name;
    }
    auto last = shifts_.lastClosingCount(settings_.registerId);
    lastCount_ = last ? last.value() : std::nullopt;
    std::vector<QVariantMap> people;
    if (auto staff = staff_.list()) {
        for (const StaffMember& s : staff.value())
            if (s.id != session_.operatorId())
                people.push_back({{QStringLiteral("staffId"), s.id},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("manager"), s.role == StaffRole::Manager}});
    }
    people_.setRows(std::move(people));
    auto training = TrainingMode(db_, settings_.registerId).isOn();
    training_ = training && training.value();
    emit changed();
}

QString CashController::money(const Money& m) const { return formatMoney(m, language_.locale()); }

QString CashController::shiftText() const {
    if (!shift_) return tr("No shift is open.");
    return tr("Shift opened by %1 at %2 with a float of %3.")
        .arg(openedByName_, language_.locale().toString(shift_->openedAt.toTimeZone(settings_.zone).time(), QStringLiteral("HH:mm")),
             money(shift_->openingFloat.total()));
}

QStringList CashController::denominations() const {
    QStringList names;
    for (const qint64 d : settings_.denominations) names << Denominations::name(d, settings_.currency);
    return names;
}

QStringList CashController::lastCount() const {
    QStringList pieces;
    if (!lastCount_) return pieces;
    for (const qint64 d : settings_.denominations) {
        const qint64 n = lastCount_->pieces(d);
        pieces << (n == 0 ? QString() : QString::number(n));
    }
    return pieces;
}

QString CashController::lastCountText() const {
    if (!lastCount_) return {};
    return tr("The last count at this till came to %1.").arg(money(lastCount_->total()));
}

QString CashController::countedText() const { return outcome_ ? money(outcome_->counted) : QString(); }

QString CashController::expectedText() const { return outcome_ ? money(outcome_->expected) : QString(); }

QString CashController::differenceText() const {
    if (!outcome_) return {};
    const Money& d = outcome_->difference;
    if (d.isZero()) return tr("The count matches to the øre.");
    return d.minor() > 0 ? tr("%1 more than expected.").arg(money(d)) : tr("%1 less than expected.").arg(money(-d));
}

QString CashController::totalOf(const QStringList& typed) const {
    auto count = CashCount::fromTyped(settings_.currency, settings_.denominations, typed);
    return count ? money(count->total()) : QString();
}

std::optional<CashCount> CashController::parsed(const QStringList& typed) {
    auto count = CashCount::fromTyped(settings_.currency, settings_.denominations, typed);
    if (!count) {
        fail(count.error().message);
        return std::nullopt;
    }
    return count.value();
}

bool CashController::openShift(const QStringList& typed) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    const std::optional<CashCount> count = parsed(typed);
    if (!count) return false;
    auto opened = shifts_.open(settings_.registerId, *count, *by, journal_);
    if (!opened) {
        fail(opened.error().message);
        return false;
    }
    outcome_.reset();
    reload();
    done(tr("Shift opened with a float of %1.").arg(money(count->total())));
    return true;
}

bool CashController::move(const QString& kind, const QString& amount, const QString& reason) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    const CashMovementKind k = kind == QLatin1String("in")    ? CashMovementKind::In
                               : kind == QLatin1String("out") ? CashMovementKind::Out
                                                              : CashMovementKind::NoSale;
    Money value(0, settings_.currency);
    if (k != CashMovementKind::NoSale) {
        auto parsed = Money::parse(amount, settings_.currency);
        if (!parsed) {
            fail(parsed.error().message);
            return false;
        }
        value = parsed.value();
    }
    auto moved = shifts_.move(settings_.registerId, k, value, reason, *by, journal_, &drawer_);
    if (!moved) {
        fail(moved.error().message);
        return false;
    }
    done(k == CashMovementKind::In    ? tr("%1 put into the drawer.").arg(money(value))
         : k == CashMovementKind::Out ? tr("%1 taken out of the drawer.").arg(money(value))
                                      : tr("The drawer opens."));
    return true;
}

bool CashController::closeShift(const QStringList& typed, qint64 secondCounter) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    const std::optional<CashCount> count = parsed(typed);
    if (!count) return false;
    std::optional<StaffMember> second;
    if (secondCounter > 0) {
        auto who = staff_.find(secondCounter);
        if (!who) {
            fail(who.error().message);
            return false;
        }
        second = who.value();
    }
    auto outcome = shifts_.close(settings_.registerId, *count, *by, second, journal_);
    if (!outcome) {
        fail(outcome.error().message);
        return false;
    }
    outcome_ = outcome.value();
    signedOff_ = false;
    explained_ = false;
    reload();
    done(tr("The count is stored."));
    return true;
}

bool CashController::explain(const QString& note) {
    const StaffMember* by = session_.currentOperator();
    if (!by || !outcome_) return false;
    auto r = shifts_.explain(outcome_->shiftId, note, *by, journal_);
    if (!r) {
        fail(r.error().message);
        return false;
    }
    explained_ = true;
    done(tr("Thank you: the explanation is stored with the count."));
    return true;
}

bool CashController::signOff(qint64 managerId, const QString& pin) {
    if (!outcome_) return false;
    auto manager = staff_.approve(managerId, pin, QStringLiteral("count_difference"), journal_);
    if (!manager) {
        fail(manager.error().code == ErrorCode::Locked ? manager.error().message : tr("That PIN is not right. Try again."));
        return false;
    }
    // Core checks that the approver may sign off (a manager) from the database.
    auto r = shifts_.signOff(outcome_->shiftId, manager.value(), journal_);
    if (!r) {
        fail(r.error().message);
        return false;
    }
    signedOff_ = true;
    done(tr("%1 signed off the difference.").arg(manager->name));
    return true;
}

void CashController::finishCount() {
    outcome_.reset();
    clearMessages();
    reload();
}

bool CashController::setTraining(bool on) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    auto r = TrainingMode(db_, settings_.registerId).set(on, *by, journal_);
    if (!r) {
        fail(r.error().message);
        return false;
    }
    sales_.setTraining(on);
    reload();
    done(on ? tr("Training mode is on: nothing sold now is a real sale.") : tr("Training mode is off."));
    return true;
}

void CashController::clearMessages() {
    message_.clear();
    error_.clear();
    emit changed();
}

void CashController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

void CashController::done(const QString& message) {
    message_ = message;
    error_.clear();
    emit changed();
}

}  // namespace ak
