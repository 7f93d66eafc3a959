#include "core/sales/SaleRows.h"

#include <QJsonArray>

namespace ak::salerows {

QString consumptionKey(Consumption c) {
    return c == Consumption::Takeaway ? QStringLiteral("takeaway") : QStringLiteral("eat_in");
}
QString kindKey(SaleKind k) { return k == SaleKind::Return ? QStringLiteral("return") : QStringLiteral("sale"); }
QString timeText(const QDateTime& utc) { return utc.toUTC().toString(Qt::ISODateWithMs); }

namespace {
QVariant nullableId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
}  // namespace

Result<void> insert(Database& db, CompletedSale& s) {
    auto q = db.insert(
        QStringLiteral("INSERT INTO sales (register_id, receipt_number, kind, training, operator_id, consumption,"
                       " currency, gross_minor, discount_minor, discount_reason_code, discount_reason, total_minor,"
                       " rounding_minor, change_minor, created_at, refers_to, return_reason, approved_by, shift_id,"
                       " signature, key_version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.registerId, s.receiptNumber, kindKey(s.kind), s.training ? 1 : 0, s.operatorId,
         consumptionKey(s.consumption), currencyCode(s.total.currency()), s.gross.minor(), s.discount.minor(),
         sql::text(s.discountReasonCode), sql::text(s.discountReason), s.total.minor(), s.rounding.minor(),
         s.change.minor(), timeText(s.createdAt), nullableId(s.refersToSaleId), sql::text(s.returnReason),
         nullableId(s.approvedBy), nullableId(s.shiftId),
         s.signature.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.signature),
         nullableId(s.keyVersion)});
    if (!q) return q.error();
    s.id = q.value();
    int position = 0;
    for (CompletedLine& l : s.lines) {
        auto lq = db.insert(
            QStringLiteral("INSERT INTO sale_lines (sale_id, position, product_id, name, quantity, unit_price_minor,"
                           " vat_class, saft_basic_id, basis_points, gross_minor, discount_minor, net_minor,"
                           " returns_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {s.id, ++position, l.productId, sql::text(l.name), l.quantity, l.unitPrice.minor(), vatClassKey(l.vatClass),
             sql::text(l.saftBasicId), l.basisPoints, l.gross.minor(), l.discount.minor(), l.net.minor(),
             nullableId(l.returnsLineId)});
        if (!lq) return lq.error();
        l.id = lq.value();
    }
    position = 0;
    for (const Payment& p : s.payments) {
        auto pq = db.query(QStringLiteral("INSERT INTO sale_payments (sale_id, position, method, amount_minor,"
                                          " tendered_minor, reference) VALUES (?, ?, ?, ?, ?, ?)"),
                           {s.id, ++position, paymentMethodKey(p.method), p.amount.minor(), p.tendered.minor(),
                            sql::text(p.reference)});
        if (!pq) return pq.error();
    }
    for (const VatRateTotal& v : s.vat) {
        auto vq = db.query(QStringLiteral("INSERT INTO sale_vat (sale_id, basis_points, gross_minor, vat_minor, net_minor)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {s.id, v.basisPoints, v.gross.minor(), v.vat.minor(), v.net.minor()});
        if (!vq) return vq.error();
    }
    return {};
}

Result<CompletedSale> load(const Database& db, qint64 saleId) {
    auto q = db.query(
        QStringLiteral("SELECT s.id, s.register_id, s.receipt_number, s.kind, s.training, s.operator_id, s.consumption,"
                       " s.currency, s.gross_minor, s.discount_minor, s.discount_reason_code, s.discount_reason,"
                       " s.total_minor, s.rounding_minor, s.change_minor, s.created_at, s.refers_to,"
                       " o.receipt_number, s.return_reason, s.approved_by, s.shift_id, s.signature, s.key_version"
                       " FROM sales s LEFT JOIN sales o ON o.id = s.refers_to WHERE s.id = ?"),
        {saleId});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, QStringLiteral("There is no sale %1.").arg(saleId)};
    const Currency c = currencyFromCode(q->value(7).toString()).value_or(Currency::NOK);
    auto money = [&](const QSqlQuery& r, int i) { return Money(r.value(i).toLongLong(), c); };
    CompletedSale s;
    s.id = q->value(0).toLongLong();
    s.registerId = q->value(1).toString();
    s.receiptNumber = q->value(2).toLongLong();
    s.kind = q->value(3).toString() == QLatin1String("return") ? SaleKind::Return : SaleKind::Sale;
    s.training = q->value(4).toBool();
    s.operatorId = q->value(5).toLongLong();
    s.consumption = q->value(6).toString() == QLatin1String("takeaway") ? Consumption::Takeaway : Consumption::EatIn;
    s.gross = money(q.value(), 8);
    s.discount = money(q.value(), 9);
    s.discountReasonCode = q->value(10).toString();
    s.discountReason = q->value(11).toString();
    s.total = money(q.value(), 12);
    s.rounding = money(q.value(), 13);
    s.change = money(q.value(), 14);
    s.createdAt = QDateTime::fromString(q->value(15).toString(), Qt::ISODateWithMs).toUTC();
    s.refersToSaleId = q->value(16).toLongLong();
    s.refersToReceiptNumber = q->value(17).toLongLong();
    s.returnReason = q->value(18).toString();
    s.approvedBy = q->value(19).toLongLong();
    s.shiftId = q->value(20).toLongLong();
    s.signature = q->value(21).toString();
    s.keyVersion = q->value(22).toInt();

    auto lq = db.query(QStringLiteral("SELECT id, product_id, name, quantity, unit_price_minor, vat_class, saft_basic_id,"
                                      " basis_points, gross_minor, discount_minor, net_minor, returns_line_id"
                                      " FROM sale_lines WHERE sale_id = ? ORDER BY position"),
                       {saleId});
    if (!lq) return lq.error();
    while (lq->next()) {
        CompletedLine l;
        l.id = lq->value(0).toLongLong();
        l.productId = lq->value(1).toLongLong();
        l.name = lq->value(2).toString();
        l.quantity = lq->value(3).toInt();
        l.unitPrice = money(lq.value(), 4);
        l.vatClass = vatClassFromKey(lq->value(5).toString()).value_or(VatClass::Standard);
        l.saftBasicId = lq->value(6).toString();
        l.basisPoints = lq->value(7).toInt();
        l.gross = money(lq.value(), 8);
        l.discount = money(lq.value(), 9);
        l.net = money(lq.value(), 10);
        l.returnsLineId = lq->value(11).toLongLong();
        s.lines.push_back(l);
    }
    auto pq = db.query(QStringLiteral("SELECT method, amount_minor, tendered_minor, reference FROM sale_payments"
                                      " WHERE sale_id = ? ORDER BY position"),
                       {saleId});
    if (!pq) return pq.error();
    while (pq->next())
        s.payments.push_back({paymentMethodFromKey(pq->value(0).toString()).value_or(PaymentMethod::Cash),
                              money(pq.value(), 1), money(pq.value(), 2), pq->value(3).toString()});
    auto vq = db.query(QStringLiteral("SELECT basis_points, gross_minor, vat_minor, net_minor FROM sale_vat"
                                      " WHERE sale_id = ? ORDER BY basis_points DESC"),
                       {saleId});
    if (!vq) return vq.error();
    while (vq->next()) s.vat.push_back({vq->value(0).toInt(), money(vq.value(), 1), money(vq.value(), 2), money(vq.value(), 3)});
    return s;
}

QJsonObject journalPayload(const CompletedSale& s, const QString& rowsDigest) {
    QJsonArray lines, payments, vat;
    for (const CompletedLine& l : s.lines) {
        QJsonObject o{{QStringLiteral("product_id"), l.productId}, {QStringLiteral("name"), l.name},
                      {QStringLiteral("quantity"), l.quantity},    {QStringLiteral("unit_price"), l.unitPrice.minor()},
                      {QStringLiteral("rate"), l.basisPoints},     {QStringLiteral("saft"), l.saftBasicId},
                      {QStringLiteral("discount"), l.discount.minor()}, {QStringLiteral("amount"), l.net.minor()}};
        if (l.returnsLineId > 0) o.insert(QStringLiteral("returns_line_id"), l.returnsLineId);
        lines.append(o);
    }
    for (const Payment& p : s.payments)
        payments.append(QJsonObject{{QStringLiteral("method"), paymentMethodKey(p.method)},
                                    {QStringLiteral("amount"), p.amount.minor()},
                                    {QStringLiteral("tendered"), p.tendered.minor()},
                                    {QStringLiteral("reference"), p.reference}});
    for (const VatRateTotal& v : s.vat)
        vat.append(QJsonObject{{QStringLiteral("rate"), v.basisPoints}, {QStringLiteral("gross"), v.gross.minor()},
                               {QStringLiteral("vat"), v.vat.minor()}, {QStringLiteral("net"), v.net.minor()}});
    QJsonObject o{{QStringLiteral("sale_id"), s.id},
                  {QStringLiteral("receipt_number"), s.receiptNumber},
                  {QStringLiteral("training"), s.training},
                  {QStringLiteral("operator_id"), s.operatorId},
                  {QStringLiteral("consumption"), consumptionKey(s.consumption)},
                  {QStringLiteral("currency"), currencyCode(s.total.currency())},
                  {QStringLiteral("gross"), s.gross.minor()},
                  {QStringLiteral("discount"), s.discount.minor()},
                  {QStringLiteral("total"), s.total.minor()},
                  {QStringLiteral("rounding"), s.rounding.minor()},
                  {QStringLiteral("change"), s.change.minor()},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("payments"), payments},
                  {QStringLiteral("vat"), vat}};
    if (!s.discountReasonCode.isEmpty()) o.insert(QStringLiteral("discount_reason"), s.discountReasonCode);
    if (!rowsDigest.isEmpty()) o.insert(QStringLiteral("rows"), rowsDigest);
    if (s.kind == SaleKind::Return) {
        o.insert(QStringLiteral("refers_to"), s.refersToSaleId);
        o.insert(QStringLiteral("refers_to_receipt"), s.refersToReceiptNumber);
        o.insert(QStringLiteral("reason"), s.returnReason);
        o.insert(QStringLiteral("approved_by"), s.approvedBy);
    }
    return o;
}

}  // namespace ak::salerows
