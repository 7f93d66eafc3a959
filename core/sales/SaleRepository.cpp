#include "core/sales/SaleRepository.h"

#include "core/audit/IntegrityGate.h"
#include "core/cash/CashDrawer.h"
#include "core/compliance/SaleSigner.h"
#include "core/money/MoneyFormat.h"
#include "core/sales/SaleDigest.h"
#include "core/sales/SaleRows.h"
#include "core/sales/SalesLogging.h"
#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ak {

Q_LOGGING_CATEGORY(lcSales, "aktivkafe.core.sales")

SaleRepository::SaleRepository(Database& db, Journal& journal, const Clock& clock, VatTable vat,
                               QLocale::Language cafeLanguage)
    : db_(db), journal_(journal), clock_(clock), vat_(vat), language_(cafeLanguage), catalogue_(db) {}

Result<void> SaleRepository::addProduct(SaleDraft& draft, qint64 productId) const {
    if (draft.isEmpty() && signer_ && !signer_->problem().isEmpty())
        return Error{ErrorCode::Locked, signer_->problem()};
    if (draft.isEmpty() && drawer_) {
        if (auto shut = drawer_->allowsNewSale(); !shut) return shut;
    }
    auto p = catalogue_.product(productId);
    if (!p) return p.error();
    return draft.addProduct(p.value(), language_);
}

// The screen's StaffMember may be stale (deactivated since login) or made up: the database decides.
Result<StaffMember> SaleRepository::activeStaff(qint64 staffId) const {
    auto q = db_.query(QStringLiteral("SELECT name, role, active FROM staff WHERE id = ?"), {staffId});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, tr("There is no staff member %1.").arg(staffId)};
    StaffMember m{staffId, q->value(0).toString(), staffRoleFromKey(q->value(1).toString()).value_or(StaffRole::Volunteer),
                  q->value(2).toBool()};
    if (!m.active) return Error{ErrorCode::Permission, tr("%1 can no longer use the till.").arg(m.name)};
    return m;
}

Result<qint64> SaleRepository::nextReceiptNumber() const {
    auto n = sql::scalar(db_.connection(),
                         QStringLiteral("SELECT COALESCE(MAX(receipt_number), 0) + 1 FROM sales"
                                        " WHERE register_id = ? AND training = ?"),
                         {journal_.registerId(), training_ ? 1 : 0});
    if (!n) return n.error();
    return n->toLongLong();
}

Result<void> SaleRepository::openDrawerFor(CompletedSale& s, const StaffMember& op) {
    // The drawer opens when cash changed hands, never for a training receipt (no real money moves).
    s.opensDrawer = !s.training && std::any_of(s.payments.begin(), s.payments.end(), [](const Payment& p) {
        return p.method == PaymentMethod::Cash;
    });
    if (!s.opensDrawer) return {};
    auto j = journal_.append(Journal::staffActor(op.id), JournalKind::DrawerOpened,
                             {{QStringLiteral("sale_id"), s.id}, {QStringLiteral("receipt_number"), s.receiptNumber}});
    if (!j) return j.error();
    if (drawer_) return drawer_->queuePulse(QString::number(j->seq));
    return {};
}

Result<void> SaleRepository::recordNoReceipt(qint64 saleId, const StaffMember& op) {
    auto sale = salerows::load(db_, saleId);
    if (!sale) return sale.error();
    return db_.write([&]() -> Result<void> {
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::SaleWithoutReceipt,
                                 {{QStringLiteral("sale_id"), saleId}, {QStringLiteral("receipt_number"), sale->receiptNumber},
                                  {QStringLiteral("training"), sale->training}});
        if (!j) return j.error();
        return {};
    });
}

Result<qint64> SaleRepository::openShift() const {
    // Read in the sale's own transaction: a Z taken a moment ago on another till has closed it.
    auto id = sql::scalar(db_.connection(),
                          QStringLiteral("SELECT id FROM shifts WHERE register_id = ? AND closed_at IS NULL"),
                          {journal_.registerId()});
    if (!id && id.error().code != ErrorCode::NotFound) return id.error();
    if (!id)
        return Error{ErrorCode::Conflict,
                     tr("No shift is open at this till, so nothing can be sold: open a shift and count the float first.")};
    return id->toLongLong();
}

Result<CompletedSale> SaleRepository::complete(const SaleDraft& draft, const PaymentPlan& payment,
                                               const StaffMember& op) {
    // A coffee-card payment here would store the card's bearer code and take no cup off the card.
    if (payment.hasCoffeeCardPayments())
        return Error{ErrorCode::InvalidInput,
                     tr("A coffee card payment must go through the coffee card checkout, which takes the cup off the card.")};
    auto s = completeSale(draft, payment, op);
    if (!s) return s;
    qCInfo(lcSales) << "sale" << s->receiptNumber << "on" << s->registerId << s->total.toDebugString()
                    << (s->training ? "(training)" : "");
    return s;
}

Result<CompletedSale> SaleRepository::completeWithRedeemedCards(const SaleDraft& draft, const PaymentPlan& payment,
                                                                const StaffMember& op) {
    if (!db_.inWrite())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("completeWithRedeemedCards() joins the transaction that redeemed the cards.")};
    return completeSale(draft, payment, op);
}

Result<CompletedSale> SaleRepository::completeSale(const SaleDraft& draft, const PaymentPlan& payment,
                                                   const StaffMember& op) {
    if (gate_)
        if (auto open = gate_->requireOpen(); !open) return open.error();
    if (auto r = draft.canComplete(); !r) return r.error();
    const SaleTotals t = draft.totals(vat_);
    const QLocale locale(language_);
    if (payment.totalDue() != t.total)
        return Error{ErrorCode::InvalidInput, tr("The payment was started for %1, but the sale now comes to %2.")
                                                  .arg(formatMoney(payment.totalDue(), locale), formatMoney(t.total, locale))};
    if (!payment.isPaidInFull())
        return Error{ErrorCode::InvalidInput,
                     tr("The sale is not paid in full: %1 remains.").arg(formatMoney(payment.remaining(), locale))};

    CompletedSale s;
    s.registerId = journal_.registerId();
    s.kind = SaleKind::Sale;
    s.training = training_;
    s.operatorId = op.id;
    s.consumption = draft.consumption();
    for (const PricedLine& p : t.lines)
        s.lines.push_back({0, p.line.productId, p.line.name, p.line.quantity, p.line.unitPrice, p.line.vatClass,
                           p.line.saftBasicId, p.basisPoints, p.gross, p.discount, p.net, 0});
    s.gross = t.gross;
    s.discount = t.discount;
    if (!t.discount.isZero()) {
        s.discountReasonCode = draft.discount().reasonCode;
        s.discountReason = draft.discount().reasonText;
    }
    s.total = t.total;
    s.vat = t.vat;
    s.payments = payment.settled();
    s.rounding = payment.rounding();
    s.change = payment.change();
    s.createdAt = clock_.now();

    auto w = db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        auto n = nextReceiptNumber();
        if (!n) return n.error();
        s.receiptNumber = n.value();
        auto shift = openShift();
        if (!shift) return shift.error();
        s.shiftId = shift.value();
        if (signer_)
            if (auto signed_ = signer_->sign(db_, s); !signed_) return signed_;
        if (auto r = salerows::insert(db_, s); !r) return r;
        auto rows = saledigest::of(db_, s.id);  // what the journal entry vouches for, column by column
        if (!rows) return rows.error();
        const QString actor = Journal::staffActor(op.id);
        if (auto j = journal_.append(actor, JournalKind::Sale, salerows::journalPayload(s, rows.value())); !j)
            return j.error();
        if (auto d = openDrawerFor(s, op); !d) return d;
        for (const VoidedLine& v : draft.voids()) {
            const QJsonObject payload{{QStringLiteral("sale_id"), s.id},
                                      {QStringLiteral("receipt_number"), s.receiptNumber},
                                      {QStringLiteral("product_id"), v.productId},
                                      {QStringLiteral("name"), v.name},
                                      {QStringLiteral("quantity"), v.quantity},
                                      {QStringLiteral("amount"), v.amount.minor()},
                                      {QStringLiteral("currency"), currencyCode(v.amount.currency())}};
            if (auto j = journal_.append(actor, JournalKind::VoidLine, payload); !j) return j.error();
        }
        return {};
    });
    if (!w) return w.error();
    return s;
}

Result<void> SaleRepository::abandon(const SaleDraft& draft, const StaffMember& op) {
    if (draft.isEmpty() && draft.voids().empty()) return {};  // nothing was rung up: nothing to count
    const SaleTotals t = draft.totals(vat_);
    QJsonObject payload = draft.toJson();
    payload.insert(QStringLiteral("total"), t.total.minor());
    payload.insert(QStringLiteral("training"), training_);
    return db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::VoidSale, payload);
        if (!j) return j.error();
        return {};
    });
}

Result<qint64> SaleRepository::park(const SaleDraft& draft, const StaffMember& op) {
    if (draft.isEmpty()) return Error{ErrorCode::InvalidInput, tr("There is nothing to park.")};
    const QString json = QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    qint64 id = 0;
    auto w = db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        auto q = db_.insert(QStringLiteral("INSERT INTO parked_sales (register_id, operator_id, parked_at, draft)"
                                          " VALUES (?, ?, ?, ?)"),
                           {journal_.registerId(), op.id, salerows::timeText(clock_.now()), json});
        if (!q) return q.error();
        id = q.value();
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::ParkSale,
                                 {{QStringLiteral("parked_id"), id},
                                  {QStringLiteral("total"), draft.totals(vat_).total.minor()}});
        if (!j) return j.error();
        return {};
    });
    if (!w) return w.error();
    return id;
}

Result<std::vector<ParkedSale>> SaleRepository::parkedSales() const {
    auto q = db_.query(QStringLiteral("SELECT id, operator_id, parked_at, draft FROM parked_sales"
                                      " WHERE register_id = ? ORDER BY id"),
                       {journal_.registerId()});
    if (!q) return q.error();
    std::vector<ParkedSale> out;
    while (q->next()) {
        auto d = SaleDraft::fromJson(QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object());
        if (!d) return d.error();
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(),
                       QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs).toUTC(), d.value()});
    }
    return out;
}

Result<SaleDraft> SaleRepository::resume(qint64 parkedId, const StaffMember& op) {
    std::optional<SaleDraft> draft;
    auto w = db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        auto q = db_.query(QStringLiteral("SELECT draft FROM parked_sales WHERE id = ? AND register_id = ?"),
                           {parkedId, journal_.registerId()});
        if (!q) return q.error();
        if (!q->next()) return Result<void>::fail(ErrorCode::NotFound, tr("That parked sale is no longer there."));
        auto d = SaleDraft::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (!d) return d.error();
        draft = d.value();
        if (auto del = db_.query(QStringLiteral("DELETE FROM parked_sales WHERE id = ?"), {parkedId}); !del)
            return del.error();
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::ResumeSale,
                                 {{QStringLiteral("parked_id"), parkedId}});
        if (!j) return j.error();
        return {};
    });
    if (!w) return w.error();
    return *draft;
}

Result<CompletedSale> SaleRepository::find(qint64 receiptNumber) const {
    auto id = sql::scalar(db_.connection(),
                          QStringLiteral("SELECT id FROM sales WHERE register_id = ? AND training = ? AND receipt_number = ?"),
                          {journal_.registerId(), training_ ? 1 : 0, receiptNumber});
    if (!id) {
        if (id.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, tr("There is no receipt number %1 on this till.").arg(receiptNumber)};
        return id.error();
    }
    return salerows::load(db_, id->toLongLong());
}

Result<CompletedSale> SaleRepository::findById(qint64 saleId) const { return salerows::load(db_, saleId); }

Result<int> SaleRepository::copyCount(qint64 saleId) const {
    auto n = sql::scalar(db_.connection(), QStringLiteral("SELECT COUNT(*) FROM receipt_copies WHERE sale_id = ?"),
                         {saleId});
    if (!n) return n.error();
    return n->toInt();
}

Result<CompletedSale> SaleRepository::registerCopy(qint64 saleId, const StaffMember& op, const CopyQueuer& queueCopy) {
    auto sale = salerows::load(db_, saleId);
    if (!sale) return sale.error();
    auto w = db_.write([&]() -> Result<void> {
        if (auto m = activeStaff(op.id); !m) return m.error();
        auto n = copyCount(saleId);
        if (!n) return n.error();
        if (n.value() > 0)
            return Result<void>::fail(ErrorCode::Conflict,
                                      tr("A copy of receipt %1 has already been printed; only one copy is allowed.")
                                          .arg(sale->receiptNumber));
        auto q = db_.query(QStringLiteral("INSERT INTO receipt_copies (sale_id, printed_at, staff_id) VALUES (?, ?, ?)"),
                           {saleId, salerows::timeText(clock_.now()), op.id});
        if (!q) return q.error();
        auto j = journal_.append(Journal::staffActor(op.id), JournalKind::ReceiptCopy,
                                 {{QStringLiteral("sale_id"), saleId},
                                  {QStringLiteral("receipt_number"), sale->receiptNumber},
                                  {QStringLiteral("training"), sale->training}});
        if (!j) return j.error();
        if (!queueCopy) return {};
        auto seller = sql::scalar(db_.connection(), QStringLiteral("SELECT name FROM staff WHERE id = ?"), {sale->operatorId});
        if (!seller) return seller.error();
        return queueCopy(sale.value(), seller->toString());
    });
    if (!w) return w.error();
    return sale;
}

}  // namespace ak
