#include "StaffController.h"

#include "SessionController.h"
#include "StaffListModel.h"
#include "core/staff/StaffRepository.h"

namespace ak {

StaffController::StaffController(StaffRepository& staff, Journal& journal, SessionController& session,
                                 QObject* parent)
    : QObject(parent), staff_(staff), journal_(journal), session_(session) {
    reload();
}

void StaffController::reload() {
    std::vector<QVariantMap> rows;
    if (auto list = staff_.list()) {
        for (const StaffMember& s : list.value()) {
            rows.push_back({{QStringLiteral("staffId"), s.id},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("roleText"), StaffListModel::roleText(s.role)}});
        }
    } else {
        error_ = list.error().message;
    }
    people_.setRows(std::move(rows));
    emit changed();
}

void StaffController::done(const QString& message) {
    message_ = message;
    error_.clear();
    reload();
    session_.reloadStaff();  // the login screen's names
}

void StaffController::fail(const QString& error) {
    error_ = error;
    message_.clear();
    emit changed();
}

bool StaffController::addPerson(const QString& name, bool manager, const QString& pin) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    auto added = staff_.add(name.trimmed(), manager ? StaffRole::Manager : StaffRole::Volunteer, pin, *by, journal_);
    if (!added) {
        fail(added.error().message);
        return false;
    }
    done(tr("%1 is on the staff list and can log in with the PIN you typed.").arg(added->name));
    return true;
}

void StaffController::bindNextCard(qint64 staffId) {
    waitingForCard_ = staffId;
    message_ = tr("Scan the staff card now.");
    error_.clear();
    emit changed();
}

void StaffController::cancelCard() {
    waitingForCard_ = 0;
    message_.clear();
    emit changed();
}

void StaffController::cardScanned(const QString& token) {
    const StaffMember* by = session_.currentOperator();
    const qint64 staffId = waitingForCard_;
    waitingForCard_ = 0;
    if (!by || staffId == 0) return;
    if (const Result<void> bound = staff_.bindCard(staffId, token, *by, journal_); !bound) {
        fail(bound.error().message);
        return;
    }
    done(tr("The card is bound. It logs that person in at the till."));
}

bool StaffController::remove(qint64 staffId) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    if (const Result<void> r = staff_.deactivate(staffId, *by, journal_); !r) {
        fail(r.error().message);
        return false;
    }
    done(tr("Taken off the staff list. Their sales stay in the books."));
    return true;
}

}  // namespace ak
