#include "ServingController.h"

#include <QLocale>

#include "SessionController.h"
#include "core/serving/ServingQueue.h"

namespace ak {

ServingController::ServingController(ServingQueue& queue, Journal& journal, SessionController& session,
                                     QTimeZone zone, QObject* parent)
    : QObject(parent), queue_(queue), journal_(journal), session_(session), zone_(std::move(zone)) {
    refresh();
}

void ServingController::refresh() {
    auto items = queue_.waiting();
    if (!items) {
        errorText_ = items.error().message;
        emit changed();
        return;
    }
    std::vector<QVariantMap> rows;
    for (const ServingItem& i : items.value()) {
        rows.push_back({{QStringLiteral("servingId"), i.id},
                        {QStringLiteral("numberText"), tr("No. %1").arg(i.servingNumber)},
                        {QStringLiteral("description"), i.description},
                        {QStringLiteral("whenText"), QLocale().toString(i.createdAt.toTimeZone(zone_).time(), QStringLiteral("HH:mm"))}});
    }
    // Only reset the model when something changed, so a list someone is looking at does not blink.
    if (rows != waiting_.rows()) waiting_.setRows(std::move(rows));
    if (!errorText_.isEmpty()) {
        errorText_.clear();
        emit changed();
    }
}

void ServingController::served(qint64 id) {
    const StaffMember* by = session_.currentOperator();
    if (!by) return;
    const Result<void> done = queue_.markServed(id, *by, journal_);
    errorText_ = done ? QString() : done.error().message;
    refresh();
    emit changed();
}

}  // namespace ak
