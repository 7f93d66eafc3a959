// SaleRepository: returns. A return is a new sale of kind "return" with negative quantities and
// amounts that refers to the original; its lines refer to the original lines, which is how "never
// more than sold minus already returned" is counted.

#include "core/audit/IntegrityGate.h"
#include "core/compliance/SaleSigner.h"
#include "core/money/MoneyFormat.h"
#include "core/money/Vat.h"
#include "core/sales/SaleRepository.h"
#include "core/sales/SaleDigest.h"
#include "core/sales/SaleRows.h"
#include "core/sales/SalesLogging.h"
#include "core/staff/Permissions.h"

#include <map>

namespace ak {

namespace {

struct Returned {
    int quantity = 0;   // positive: how many already came back
    qint64 net = 0;     // positive: how much was already refunded for the line
};

Result<std::map<qint64, Returned>> alreadyReturned(const Database& db, qint64 originalSaleId) {
    auto q = db.query(QStringLiteral("SELECT l.returns_line_id, -SUM(l.quantity), -SUM(l.net_minor) FROM sale_lines l"
                                     " JOIN sales s ON s.id = l.sale_id"
                                     " WHERE s.refers_to = ? AND l.returns_line_id IS NOT NULL"
                                     " GROUP BY l.returns_line_id"),
                      {originalSaleId});
    if (!q) return q.error();
    std::map<qint64, Returned> out;
    while (q->next()) out[q->value(0).toLongLong()] = {q->value(1).toInt(), q->value(2).toLongLong()};
    return out;
}

}  // namespace

Result<ReturnDraft> SaleRepository::buildReturn(const CompletedSale& original, const std::vector<ReturnItem>& items) const {
    auto bad = [](const QString& why) { return Error{ErrorCode::InvalidInput, why}; };
    if (original.kind == SaleKind::Return) return bad(tr("A return cannot itself be returned."));
    if (items.empty()) return bad(tr("Choose what comes back."));
    auto returned = alreadyReturned(db_, original.id);
    if (!returned) return returned.error();

    const Currency c = original.total.currency();
    ReturnDraft d{original, items, {}, Money::zero(c), Money::zero(c), Money::zero(c), {}};
    std::vector<VatLine> vatLines;
    for (size_t i = 0; i < items.size(); ++i) {
        const ReturnItem& item = items[i];
        for (size_t k = 0; k < i; ++k)
            if (items[k].saleLineId == item.saleLineId) return bad(tr("A line is listed twice."));
        auto it = std::find_if(original.lines.begin(), original.lines.end(),
                               [&](const CompletedLine& l) { return l.id == item.saleLineId; });
        if (it == original.lines.end())
            return bad(tr("That line is not on receipt %1.").arg(original.receiptNumber));
        const Returned before = returned->count(it->id) ? returned->at(it->id) : Returned{};
        const int left = it->quantity - before.quantity;
        if (item.quantity <= 0) return bad(tr("Say how many of %1 come back.").arg(it->name));
        if (item.quantity > left)
            return bad(tr("Only %1 of %2 can still be returned (%3 sold, %4 already returned).")
                           .arg(left)
                           .arg(it->name)
                           .arg(it->quantity)
                           .arg(before.quantity));
        // The refund is the line's share of what was paid, discount included. The last units take
        // what is left of the line so that a full return refunds exactly what was paid.
        const qint64 net = item.quantity == left
                               ? it->net.minor() - before.net
                               : divideRoundHalfAway(it->net.minor() * item.quantity, it->quantity);
        const Money gross = it->unitPrice * item.quantity;
        CompletedLine l = *it;
        l.id = 0;
        l.returnsLineId = it->id;
        l.quantity = -item.quantity;
        l.gross = -gross;
        l.net = Money(-net, c);
        l.discount = l.gross - l.net;
        d.lines.push_back(l);
        d.gross += l.gross;
        d.discount += l.discount;
        d.total += l.net;
        vatLines.push_back({l.net, l.basisPoints});
    }
    d.vat = summarizeVat(vatLines, c);
    return d;
}

Result<ReturnDraft> SaleRepository::prepareReturn(qint64 originalSaleId, const std::vector<ReturnItem>& items) const {
    auto original = salerows::load(db_, originalSaleId);
    if (!original) return original.error();
    return buildReturn(original.value(), items);
}

Result<CompletedSale> SaleRepository::completeReturn(const ReturnDraft& draft, const PaymentPlan& refund,
                                                     const StaffMember& op, const StaffMember& approver,
                                                     const QString& reason) {
    if (gate_)
        if (auto open = gate_->requireOpen(); !open) return open.error();
    const QLocale locale(language_);
    if (reason.trimmed().isEmpty()) return Error{ErrorCode::InvalidInput, tr("A return needs a reason.")};
    // Giving cups back onto a coffee card (and returning a sold card) is not built yet; a refund
    // holding a scanned code would also store that bearer code.
    if (refund.hasCoffeeCardPayments())
        return Error{ErrorCode::InvalidInput, tr("A refund cannot be paid back onto a coffee card.")};
    if (refund.totalDue() != draft.total)
        return Error{ErrorCode::InvalidInput, tr("The refund was started for %1, but the return comes to %2.")
                                                  .arg(formatMoney(refund.totalDue(), locale), formatMoney(draft.total, locale))};
    if (!refund.isPaidInFull())
        return Error{ErrorCode::InvalidInput,
                     tr("The refund is not settled: %1 remains.").arg(formatMoney(refund.remaining(), locale))};

    CompletedSale s;
    s.registerId = journal_.registerId();
    s.kind = SaleKind::Return;
    s.training = training_;
    s.operatorId = op.id;
    s.consumption = draft.original.consumption;
    s.payments = refund.settled();
    s.rounding = refund.rounding();
    s.change = refund.change();
    s.createdAt = clock_.now();
    s.refersToSaleId = draft.original.id;
    s.refersToReceiptNumber = draft.original.receiptNumber;
    s.returnReason = reason.trimmed();
    s.approvedBy = approver.id;
    if (!draft.original.discount.isZero()) {  // the refund carries its share of the original's discount
        s.discountReasonCode = draft.original.discountReasonCode;
        s.discountReason = draft.original.discountReason;
    }

    auto w = db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        // The approver's role is read from the database, not taken from the screen.
        auto a = activeStaff(approver.id);
        if (!a) return a.error().code == ErrorCode::NotFound ? a.error() : Error{ErrorCode::Permission, a.error().message};
        if (auto allowed = requirePermission(a.value(), Permission::ApproveReturn); !allowed) return allowed;
        // Counted again under the write lock: another till may have returned the same lines meanwhile.
        auto fresh = prepareReturn(draft.original.id, draft.items);
        if (!fresh) return fresh.error();
        if (fresh->total != draft.total)
            return Result<void>::fail(ErrorCode::Conflict, tr("The sale was changed by another return; start again."));
        s.lines = fresh->lines;
        s.gross = fresh->gross;
        s.discount = fresh->discount;
        s.total = fresh->total;
        s.vat = fresh->vat;
        auto n = nextReceiptNumber();
        if (!n) return n.error();
        s.receiptNumber = n.value();
        auto shift = openShift();
        if (!shift) return shift.error();
        s.shiftId = shift.value();
        if (signer_)
            if (auto signed_ = signer_->sign(db_, s); !signed_) return signed_;
        if (auto r = salerows::insert(db_, s); !r) return r;
        auto rows = saledigest::of(db_, s.id);
        if (!rows) return rows.error();
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::Return,
                                 salerows::journalPayload(s, rows.value()));
        if (!j) return j.error();
        return openDrawerFor(s, op);
    });
    if (!w) return w.error();
    qCInfo(lcSales) << "return" << s.receiptNumber << "of receipt" << s.refersToReceiptNumber << s.total.toDebugString();
    return s;
}

}  // namespace ak
