#include "IntegrityController.h"

#include "SessionController.h"
#include "core/audit/IntegrityGate.h"

namespace ak {

IntegrityController::IntegrityController(IntegrityGate& gate, SessionController& session, QObject* parent)
    : QObject(parent), gate_(gate), session_(session) {
    connect(&session_, &SessionController::loggedInChanged, this, [this] {
        errorText_.clear();
        emit changed();
    });
}

bool IntegrityController::blocked() const { return !gate_.open(); }

QStringList IntegrityController::problems() const { return gate_.problems(); }

bool IntegrityController::acknowledge() {
    const StaffMember* by = session_.currentOperator();
    if (!by) return false;
    const Result<void> done = gate_.acknowledge(*by);
    errorText_ = done ? QString() : done.error().message;
    emit changed();
    return done.ok();
}

void IntegrityController::recheck() {
    const Result<void> checked = gate_.check();
    errorText_ = checked ? QString() : checked.error().message;
    emit changed();
}

}  // namespace ak
