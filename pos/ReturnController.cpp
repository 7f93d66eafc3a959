#include "ReturnController.h"

#include "LanguageController.h"
#include "SessionController.h"
#include "core/money/MoneyFormat.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/PaymentPlan.h"
#include "core/sales/SaleRepository.h"
#include "core/staff/StaffRepository.h"

namespace ak {

ReturnController::ReturnController(SaleRepository& sales, StaffRepository& staff, Journal& journal,
                                   SessionController& session, PrintQueue& queue, ReceiptInfo receiptInfo,
                                   ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      sales_(sales),
      staff_(staff),
      journal_(journal),
      session_(session),
      queue_(queue),
      receiptInfo_(std::move(receiptInfo)),
      language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &ReturnController::refresh);
    refresh();
}

QLocale ReturnController::locale() const { return language_.locale(); }

QStringList ReturnController::reasons() const {
    return {tr("Wrong item"), tr("Not happy with it"), tr("Mistake at the till"), tr("Other reason")};
}

void ReturnController::start() {
    original_.reset();
    chosen_.clear();
    reason_.clear();
    toCard_ = false;
    doneText_.clear();
    errorText_.clear();
    refresh();
}

void ReturnController::find(const QString& typedNumber) {
    bool ok = false;
    const qint64 number = typedNumber.trimmed().toLongLong(&ok);
    if (!ok || number <= 0) {
        fail(tr("Type the receipt number from the receipt."));
        return;
    }
    auto sale = sales_.find(number);
    if (!sale) {
        fail(tr("There is no receipt no. %1 at this till.").arg(number));
        return;
    }
    if (sale->kind == SaleKind::Return) {
        fail(tr("Receipt no. %1 is a return itself and cannot be returned.").arg(number));
        return;
    }
    start();
    original_ = std::move(sale).value();
    refresh();
}

void ReturnController::increase(qint64 saleLineId) {
    if (!original_) return;
    for (const CompletedLine& l : original_->lines) {
        if (l.id == saleLineId && chosen_[saleLineId] < l.quantity) ++chosen_[saleLineId];
    }
    errorText_.clear();
    refresh();
}

void ReturnController::decrease(qint64 saleLineId) {
    if (chosen_[saleLineId] > 0) --chosen_[saleLineId];
    refresh();
}

void ReturnController::setReason(const QString& reason) {
    reason_ = reason;
    refresh();
}

void ReturnController::setRefundToCard(bool on) {
    toCard_ = on;
    refresh();
}

bool ReturnController::ready() const {
    if (!original_ || reason_.isEmpty()) return false;
    for (const auto& [line, quantity] : chosen_) {
        if (quantity > 0) return true;
    }
    return false;
}

QString ReturnController::saleText() const {
    if (!original_) return {};
    return tr("Receipt no. %1, %2, %3")
        .arg(original_->receiptNumber)
        .arg(locale().toString(original_->createdAt.toTimeZone(receiptInfo_.timeZone), QStringLiteral("dd.MM.yyyy HH:mm")),
             formatMoney(original_->paid(), locale()));
}

QString ReturnController::refundText() const {
    if (!ready() && !original_) return {};
    std::vector<ReturnItem> items;
    for (const auto& [line, quantity] : chosen_) {
        if (quantity > 0) items.push_back({line, quantity});
    }
    if (items.empty()) return {};
    auto draft = sales_.prepareReturn(original_->id, items);
    if (!draft) return draft.error().message;
    return tr("To give back: %1").arg(formatMoney(-draft->total, locale()));
}

bool ReturnController::approve(qint64 managerId, const QString& pin) {
    const StaffMember* op = session_.currentOperator();
    if (!op || !ready()) return false;
    auto approver = staff_.approve(managerId, pin, QStringLiteral("return"), journal_);
    if (!approver) {
        fail(approver.error().code == ErrorCode::Locked ? approver.error().message
                                                        : tr("That PIN is not right. Try again."));
        return false;
    }
    std::vector<ReturnItem> items;
    for (const auto& [line, quantity] : chosen_) {
        if (quantity > 0) items.push_back({line, quantity});
    }
    auto draft = sales_.prepareReturn(original_->id, items);
    if (!draft) {
        fail(draft.error().message);
        return false;
    }
    PaymentPlan refund(draft->total);
    const Result<void> paid = toCard_ ? refund.add(PaymentMethod::Card, refund.remaining()) : refund.payRestInCash();
    if (!paid) {
        fail(paid.error().message);
        return false;
    }
    // Core checks the approver's role again from the database: a volunteer's PIN is refused here.
    auto done = sales_.completeReturn(draft.value(), refund, *op, approver.value(), reason_);
    if (!done) {
        fail(done.error().message);
        return false;
    }
    ReceiptInfo info = receiptInfo_;
    info.operatorName = op->name;
    if (auto job = queue_.enqueue(QStringLiteral("receipt"), QString::number(done->id), ReceiptBuilder::build(done.value(), info)); !job) {
        errorText_ = job.error().message;
    }
    doneText_ = tr("Return no. %1 is stored. Give back %2.").arg(done->receiptNumber).arg(formatMoney(-done->paid(), locale()));
    original_.reset();
    chosen_.clear();
    refresh();
    return true;
}

bool ReturnController::printCopy() {
    const StaffMember* op = session_.currentOperator();
    if (!op || !original_) return false;
    // Core counts the copy and queues its print-out in one transaction; the copy names the seller.
    auto registered = sales_.registerCopy(original_->id, *op, [this](const CompletedSale& sale, const QString& seller) -> Result<void> {
        ReceiptInfo info = receiptInfo_;
        info.operatorName = seller;
        auto job = queue_.enqueue(QStringLiteral("copy"), QString::number(sale.id), ReceiptBuilder::build(sale, info, ReceiptCopy::Copy));
        if (!job) return job.error();
        return {};
    });
    if (!registered) {
        fail(registered.error().code == ErrorCode::Conflict
                 ? tr("A copy of receipt no. %1 was printed before. The law allows only one copy.").arg(original_->receiptNumber)
                 : registered.error().message);
        return false;
    }
    doneText_ = tr("A copy of receipt no. %1 is printing.").arg(original_->receiptNumber);
    errorText_.clear();
    refresh();
    return true;
}

void ReturnController::fail(const QString& text) {
    errorText_ = text;
    emit changed();
}

void ReturnController::refresh() {
    std::vector<QVariantMap> rows;
    if (original_) {
        for (const CompletedLine& l : original_->lines) {
            const auto it = chosen_.find(l.id);
            rows.push_back({{QStringLiteral("saleLineId"), l.id},
                            {QStringLiteral("name"), l.name},
                            {QStringLiteral("sold"), l.quantity},
                            {QStringLiteral("back"), it == chosen_.end() ? 0 : it->second},
                            {QStringLiteral("amountText"), formatMoney(l.net, locale())}});
        }
    }
    lines_.setRows(std::move(rows));
    std::vector<QVariantMap> managers;
    if (auto staff = staff_.list()) {
        for (const StaffMember& s : staff.value()) {
            if (s.role == StaffRole::Manager) {
                managers.push_back({{QStringLiteral("staffId"), s.id}, {QStringLiteral("name"), s.name}});
            }
        }
    }
    managers_.setRows(std::move(managers));
    emit changed();
}

}  // namespace ak
