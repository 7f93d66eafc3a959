#include "core/cash/CashDrawer.h"

#include "core/printqueue/PrintQueue.h"
#include "drivers/print/PrintDocument.h"

#include <QCoreApplication>

namespace ak {

CashDrawer::CashDrawer(PrintQueue* pulses, QObject* parent) : QObject(parent), pulses_(pulses) {}

void CashDrawer::setOpen(std::optional<bool> open) {
    if (open == open_) return;
    open_ = open;
    emit changed();
}

Result<void> CashDrawer::allowsNewSale() const {
    if (open_.value_or(false))
        return Result<void>::fail(ErrorCode::Conflict, tr("Close the cash drawer first, then start the next sale."));
    return {};
}

Result<void> CashDrawer::queuePulse(const QString& ref) {
    if (!pulses_) return {};
    auto job = pulses_->enqueue(QStringLiteral("drawer"), ref, dev::PrintDocument().drawerPulse());
    if (!job) return job.error();
    return {};
}

}  // namespace ak
