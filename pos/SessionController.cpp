#include "SessionController.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include "core/journal/Journal.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"

Q_LOGGING_CATEGORY(lcSession, "aktivkafe.pos.session")

namespace ak {

SessionController::SessionController(StaffRepository& staff, Database& db, Journal& journal, QObject* parent)
    : QObject(parent), repository_(staff), db_(db), journal_(journal), model_(this) {
    reloadStaff();
}

void SessionController::reloadStaff() {
    auto staff = repository_.list();
    if (!staff) {
        setError(tr("The staff list could not be read: %1").arg(staff.error().message));
        return;
    }
    model_.setStaff(std::move(staff).value());
}

bool SessionController::login(qint64 staffId, const QString& pin) {
    auto result = repository_.login(staffId, pin, journal_);
    if (!result) {
        switch (result.error().code) {
            case ErrorCode::Permission:
            case ErrorCode::InvalidInput:
                setError(tr("That PIN is not right. Try again."));
                break;
            case ErrorCode::Locked:
                setError(result.error().message);
                break;
            case ErrorCode::NotFound:
                setError(tr("That name is no longer on the staff list."));
                reloadStaff();
                break;
            default:
                setError(tr("Logging in failed: %1").arg(result.error().message));
        }
        return false;
    }
    operator_ = std::move(result).value();
    setError({});
    qCInfo(lcSession) << "logged in: staff" << operator_->id;
    emit loggedInChanged();
    return true;
}

bool SessionController::loginWithCard(const QString& token) {
    auto result = repository_.loginWithCard(token, journal_);
    if (!result) {
        setError(result.error().code == ErrorCode::Locked
                     ? result.error().message
                     : tr("This card does not open the till. Tap your name and type your PIN."));
        return false;
    }
    operator_ = std::move(result).value();
    setError({});
    qCInfo(lcSession) << "logged in with a card: staff" << operator_->id;
    emit loggedInChanged();
    return true;
}

void SessionController::end(JournalKind kind) {
    if (!operator_) return;
    const qint64 id = operator_->id;
    const Result<void> logged = db_.write([&]() -> Result<void> {
        auto entry = journal_.append(Journal::staffActor(id), kind, QJsonObject{{QStringLiteral("staff_id"), id}});
        if (!entry) return entry.error();
        return {};
    });
    if (!logged) qCWarning(lcSession) << "could not journal" << JournalKinds::name(kind) << logged.error().message;
    operator_.reset();
    emit loggedInChanged();
}

void SessionController::logout() { end(JournalKind::Logout); }

void SessionController::lock() { end(JournalKind::Lock); }

void SessionController::clearError() { setError({}); }

void SessionController::setError(const QString& text) {
    if (text == errorText_) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace ak
