#include "core/cash/DayReport.h"

#include "core/cash/ShiftRepository.h"
#include "core/staff/Permissions.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcDay, "aktivkafe.core.cash.day")

namespace {

// The day's completed sales and returns: those taken in its shifts (sales.shift_id is indexed).
const char kDaySales[] = "s.shift_id IN (SELECT id FROM shifts WHERE business_day_id = ?)";

QString daySql(const char* statement) {
    return QString::fromLatin1(statement).replace(QLatin1String("%DAY%"), QLatin1String(kDaySales));
}

}  // namespace

DayReport::DayReport(Database& db, const Clock& clock, Currency currency)
    : db_(db), clock_(clock), currency_(currency) {}

Result<std::optional<qint64>> DayReport::openDay(const QString& registerId) const {
    auto q = db_.query(QStringLiteral("SELECT id FROM business_days WHERE register_id = ? AND closed_at IS NULL"),
                       {registerId});
    if (!q) return q.error();
    if (!q->next()) return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<DayFigures> DayReport::figures(qint64 businessDayId, const QDateTime& until) const {
    auto day = db_.query(QStringLiteral("SELECT register_id, opened_at FROM business_days WHERE id = ?"), {businessDayId});
    if (!day) return day.error();
    if (!day->next()) return Error{ErrorCode::NotFound, tr("There is no business day %1.").arg(businessDayId)};
    DayFigures f;
    f.registerId = day->value(0).toString();
    f.businessDayId = businessDayId;
    f.dayOpenedAt = sql::fromUtcText(day->value(1).toString());
    f.until = until.toUTC();
    for (auto* money : {&f.openingFloat, &f.receipts.amount, &f.copies.amount, &f.returns.amount, &f.discounts.amount,
                        &f.voids.amount, &f.training.amount, &f.payIns.amount, &f.payOuts.amount, &f.totalCashSales,
                        &f.expectedCash, &f.countedCash, &f.countDifference, &f.grandTotalSales,
                        &f.grandTotalReturn, &f.grandTotalNet})
        *money = Money::zero(currency_);
    if (auto r = addSales(f); !r) return r.error();
    if (auto r = addJournaled(f); !r) return r.error();
    if (auto r = addCash(f); !r) return r.error();
    if (auto r = addGrandTotals(f); !r) return r.error();
    return f;
}

Result<void> DayReport::addSales(DayFigures& f) const {
    // Every statement below names the day once (kDaySales).
    const QVariantList day{f.businessDayId};
    auto kinds = db_.query(daySql("SELECT s.kind, s.training, COUNT(*), SUM(s.total_minor + s.rounding_minor),"
                                  " SUM(CASE WHEN s.discount_minor <> 0 THEN 1 ELSE 0 END), SUM(s.discount_minor)"
                                  " FROM sales s WHERE %DAY%"
                                  " GROUP BY s.kind, s.training"),
                           day);
    if (!kinds) return kinds.error();
    while (kinds->next()) {
        const CountAmount c{kinds->value(2).toLongLong(), money(kinds->value(3))};
        if (kinds->value(1).toInt() == 1) {
            f.training.count += c.count;
            f.training.amount += c.amount;
            continue;
        }
        CountAmount& into = kinds->value(0).toString() == QLatin1String("return") ? f.returns : f.receipts;
        into.count += c.count;
        into.amount += c.amount;
        f.discounts.count += kinds->value(4).toLongLong();
        f.discounts.amount += money(kinds->value(5));
    }
    auto groups = db_.query(daySql("SELECT l.saft_basic_id, SUM(l.quantity), SUM(l.net_minor) FROM sale_lines l"
                                   " JOIN sales s ON s.id = l.sale_id WHERE s.training = 0 AND %DAY%"
                                   " GROUP BY l.saft_basic_id ORDER BY l.saft_basic_id"),
                            day);
    if (!groups) return groups.error();
    while (groups->next())
        f.artGroups.push_back({groups->value(0).toString(), groups->value(1).toLongLong(), money(groups->value(2))});
    auto pays = db_.query(daySql("SELECT p.method, COUNT(*), SUM(p.amount_minor) FROM sale_payments p"
                                 " JOIN sales s ON s.id = p.sale_id WHERE s.training = 0 AND %DAY%"
                                 " GROUP BY p.method ORDER BY p.method"),
                          day);
    if (!pays) return pays.error();
    while (pays->next()) {
        f.payments.push_back({pays->value(0).toString(), pays->value(1).toLongLong(), money(pays->value(2))});
        if (f.payments.back().method == QLatin1String("cash")) f.totalCashSales = f.payments.back().amount;
    }
    auto ops = db_.query(daySql("SELECT s.operator_id, st.name, COUNT(*), SUM(s.total_minor + s.rounding_minor)"
                                " FROM sales s JOIN staff st ON st.id = s.operator_id WHERE s.training = 0 AND %DAY%"
                                " GROUP BY s.operator_id, st.name ORDER BY st.name, s.operator_id"),
                         day);
    if (!ops) return ops.error();
    while (ops->next())
        f.operators.push_back({ops->value(0).toLongLong(), ops->value(1).toString(), ops->value(2).toLongLong(),
                               money(ops->value(3))});
    auto rates = db_.query(daySql("SELECT v.basis_points, SUM(v.gross_minor), SUM(v.vat_minor), SUM(v.net_minor)"
                                  " FROM sale_vat v JOIN sales s ON s.id = v.sale_id WHERE s.training = 0 AND %DAY%"
                                  " GROUP BY v.basis_points ORDER BY v.basis_points"),
                           day);
    if (!rates) return rates.error();
    while (rates->next())
        f.vat.push_back({rates->value(0).toInt(), money(rates->value(1)), money(rates->value(2)), money(rates->value(3))});
    auto cards = sql::scalar(db_.connection(),
                             daySql("SELECT COALESCE(SUM(l.quantity), 0) FROM sale_lines l"
                                    " JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id"
                                    " WHERE p.card_type_id IS NOT NULL AND s.training = 0 AND %DAY%"),
                             day);
    if (!cards) return cards.error();
    f.cardsSold = cards->toLongLong();
    return {};
}

Result<void> DayReport::addJournaled(DayFigures& f) const {
    const QVariantList window{f.registerId, sql::utcText(f.dayOpenedAt), sql::utcText(f.until)};
    const auto journaled = [&](JournalKind kind, const char* amountKey) -> Result<CountAmount> {
        auto q = db_.query(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM journal"
                                          " WHERE kind = ? AND register_id = ? AND at >= ? AND at <= ? AND %2 = 0")
                               .arg(db_.jsonInteger("payload", amountKey), db_.jsonFlag("payload", "training")),
                           QVariantList{JournalKinds::name(kind)} + window);
        if (!q) return q.error();
        if (!q->next()) return CountAmount{0, Money::zero(currency_)};
        return CountAmount{q->value(0).toLongLong(), money(q->value(1))};
    };
    auto voids = journaled(JournalKind::VoidSale, "total");
    if (!voids) return voids.error();
    f.voids = voids.value();
    auto corrections = journaled(JournalKind::VoidLine, "amount");
    if (!corrections) return corrections.error();
    f.lineCorrections = corrections->count;
    // The day's copies first (by time), then their sales, not every sale of the register: SQLite
    // keeps the order of a CROSS JOIN; PostgreSQL (which allows no ON there) plans it by itself.
    auto copies = db_.query(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(s.total_minor + s.rounding_minor), 0)"
                                           " FROM receipt_copies c %1 sales s ON s.id = c.sale_id"
                                           " WHERE s.register_id = ? AND c.printed_at >= ? AND c.printed_at <= ?")
                                .arg(db_.isPostgres() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN")),
                            window);
    if (!copies) return copies.error();
    if (copies->next()) f.copies = {copies->value(0).toLongLong(), money(copies->value(1))};
    auto redeemed = sql::scalar(db_.connection(),
                                QStringLiteral("SELECT COUNT(*) FROM card_events WHERE event = 'redeemed'"
                                               " AND at >= ? AND at <= ?"),
                                {window[1], window[2]});
    if (!redeemed) return redeemed.error();
    f.cardsRedeemed = redeemed->toLongLong();
    return {};
}

Result<void> DayReport::addCash(DayFigures& f) const {
    auto moves = db_.query(QStringLiteral("SELECT kind, COUNT(*), SUM(amount_minor) FROM cash_movements"
                                          " WHERE shift_id IN (SELECT id FROM shifts WHERE business_day_id = ?)"
                                          " GROUP BY kind"),
                           {f.businessDayId});
    if (!moves) return moves.error();
    while (moves->next()) {
        const QString kind = moves->value(0).toString();
        const CountAmount c{moves->value(1).toLongLong(), money(moves->value(2))};
        if (kind == QLatin1String("in")) f.payIns = c;
        else if (kind == QLatin1String("out")) f.payOuts = c;
        else f.drawerOpenings = c.count;
    }
    auto shifts = db_.query(QStringLiteral("SELECT id, float_minor, closed_at IS NULL, counted_minor, expected_minor"
                                           " FROM shifts WHERE business_day_id = ? ORDER BY id"),
                            {f.businessDayId});
    if (!shifts) return shifts.error();
    while (shifts->next()) {
        if (f.shifts++ == 0) f.openingFloat = money(shifts->value(1));
        if (shifts->value(2).toBool()) {
            ++f.openShifts;
            auto expected = ShiftRepository::expectedIn(db_, shifts->value(0).toLongLong(), currency_);
            if (!expected) return expected.error();
            f.expectedCash = expected.value();
            f.countedCash = Money::zero(currency_);
        } else {
            f.expectedCash = money(shifts->value(4));
            f.countedCash = money(shifts->value(3));
            f.countDifference += f.countedCash - f.expectedCash;
        }
    }
    return {};
}

Result<void> DayReport::addGrandTotals(DayFigures& f) const {
    // The last Z of this register before this day: its grand totals carry on.
    auto last = db_.query(QStringLiteral("SELECT grand_sales_minor, grand_returns_minor FROM business_days"
                                         " WHERE register_id = ? AND z_number IS NOT NULL AND id <> ?"
                                         " ORDER BY z_number DESC LIMIT 1"),
                          {f.registerId, f.businessDayId});
    if (!last) return last.error();
    Money sales = Money::zero(currency_), returns = Money::zero(currency_);
    if (last->next()) {
        sales = money(last->value(0));
        returns = money(last->value(1));
    }
    f.grandTotalSales = sales + f.receipts.amount;
    f.grandTotalReturn = returns + f.returns.amount;
    f.grandTotalNet = f.grandTotalSales + f.grandTotalReturn;
    return {};
}

Result<DayFigures> DayReport::x(const QString& registerId, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ViewReports); !allowed) return allowed.error();
    DayFigures f;
    auto written = db_.write([&]() -> Result<void> {
        auto open = openDay(registerId);
        if (!open) return open.error();
        QDateTime until = clock_.now();
        qint64 dayId = 0;
        if (open->has_value()) {
            dayId = *open.value();
        } else {  // no day open: the last one, as it was closed
            auto last = db_.query(QStringLiteral("SELECT id, closed_at FROM business_days WHERE register_id = ?"
                                                 " ORDER BY id DESC LIMIT 1"),
                                  {registerId});
            if (!last) return last.error();
            if (!last->next())
                return Result<void>::fail(ErrorCode::NotFound, tr("Nothing has been sold on %1 yet: no shift has been "
                                                                  "opened.").arg(registerId));
            dayId = last->value(0).toLongLong();
            until = sql::fromUtcText(last->value(1).toString());
        }
        auto figures = this->figures(dayId, until);
        if (!figures) return figures.error();
        f = std::move(figures).value();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::XReport,
                                {{QStringLiteral("business_day_id"), dayId},
                                 {QStringLiteral("until"), sql::utcText(until)},
                                 {QStringLiteral("receipts"), f.receipts.count},
                                 {QStringLiteral("net"), f.netSales().minor()}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    return f;
}

Result<QStringList> DayReport::registersWithOpenDay() const {
    auto q = db_.query(QStringLiteral("SELECT register_id FROM business_days WHERE closed_at IS NULL ORDER BY register_id"));
    if (!q) return q.error();
    QStringList ids;
    while (q->next()) ids << q->value(0).toString();
    return ids;
}

Result<std::vector<ProductTotal>> DayReport::products(qint64 businessDayId) const {
    auto q = db_.query(daySql("SELECT l.name, SUM(l.quantity), SUM(l.net_minor) FROM sale_lines l"
                              " JOIN sales s ON s.id = l.sale_id WHERE s.training = 0 AND %DAY%"
                              " GROUP BY l.name ORDER BY SUM(l.net_minor) DESC, l.name"),
                       {businessDayId});
    if (!q) return q.error();
    std::vector<ProductTotal> out;
    while (q->next()) out.push_back({q->value(0).toString(), q->value(1).toLongLong(), money(q->value(2))});
    return out;
}

Result<qint64> DayReport::readyToClose(const QString& registerId) const {
    auto open = openDay(registerId);
    if (!open) return open.error();
    if (!open->has_value())
        return Error{ErrorCode::Conflict,
                     tr("No business day is open on %1: the last one has had its Z report already.").arg(registerId)};
    const qint64 dayId = *open.value();
    auto uncounted = sql::scalar(db_.connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM shifts WHERE business_day_id = ? AND closed_at IS NULL"),
                                 {dayId});
    if (!uncounted) return uncounted.error();
    if (uncounted->toLongLong() > 0)
        return Error{ErrorCode::Conflict,
                     tr("The drawer has not been counted: close the shift with a count first, then take the Z report.")};
    if (shifts_) {
        auto waiting = shifts_->awaitingSignOff(registerId);
        if (!waiting) return waiting.error();
        if (!waiting->empty()) {
            auto who = sql::scalar(db_.connection(), QStringLiteral("SELECT name FROM staff WHERE id = ?"),
                                   {waiting->front().closedBy});
            return Error{ErrorCode::Conflict,
                         tr("The count at the end of %1's shift differs by more than the café's limit and waits for a "
                            "manager's sign-off. Sign it off, then take the Z report.")
                             .arg(who ? who->toString() : QString())};
        }
    }
    auto parked = sql::scalar(db_.connection(), QStringLiteral("SELECT COUNT(*) FROM parked_sales WHERE register_id = ?"),
                              {registerId});
    if (!parked) return parked.error();
    if (parked->toLongLong() > 0)
        return Error{ErrorCode::Conflict, tr("%n parked sale(s) wait on this till. Resume each and finish or cancel it, "
                                             "then take the Z report.",
                                             nullptr, int(parked->toLongLong()))};
    return dayId;
}

Result<ZReport> DayReport::z(const QString& registerId, const StaffMember& by, Journal& journal,
                             const QString& backupFile) {
    if (auto allowed = requirePermission(by, Permission::CloseDay); !allowed) return allowed.error();
    ZReport z;
    z.backupFile = backupFile;
    auto written = db_.write([&]() -> Result<void> {
        auto ready = readyToClose(registerId);  // again, under the write lock
        if (!ready) return ready.error();
        const qint64 dayId = ready.value();
        z.takenAt = clock_.now().toUTC();
        z.takenBy = by.id;
        auto figures = this->figures(dayId, z.takenAt);
        if (!figures) return figures.error();
        z.figures = std::move(figures).value();
        auto number = nextZNumber(registerId);
        if (!number) return number.error();
        z.number = number.value();
        QJsonObject report = z.figures.toJson();
        report.insert(QStringLiteral("z_number"), z.number);
        report.insert(QStringLiteral("taken_by"), by.id);
        if (!backupFile.isEmpty()) report.insert(QStringLiteral("backup_file"), backupFile);
        const QString text = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
        auto close = db_.query(QStringLiteral("UPDATE business_days SET closed_at = ?, z_number = ?, z_by = ?,"
                                              " grand_sales_minor = ?, grand_returns_minor = ?, z_report = ?"
                                              " WHERE id = ? AND closed_at IS NULL"),
                               {sql::utcText(z.takenAt), z.number, by.id, z.figures.grandTotalSales.minor(),
                                z.figures.grandTotalReturn.minor(), text, dayId});
        if (!close) return close.error();
        // The day passes sold on this business day end with it (core/cards/CoffeeCard.h).
        auto passes = db_.query(
            QStringLiteral("UPDATE coffee_cards SET valid_until = ? WHERE sale_id IN (SELECT s.id FROM sales s WHERE %1)"
                           " AND type_id IN (SELECT id FROM card_types WHERE kind = 'day_pass')")
                .arg(QLatin1String(kDaySales)),
            {sql::utcText(z.takenAt), dayId});
        if (!passes) return passes.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ZReport, report);
        if (!e) return e.error();
        z.journalHead = {e->seq, e->hash};
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcDay) << "Z report" << z.number << "on" << registerId << "net" << z.figures.netSales().minor();
    return z;
}

Result<qint64> DayReport::nextZNumber(const QString& registerId) const {
    auto number = sql::scalar(db_.connection(),
                              QStringLiteral("SELECT COALESCE(MAX(z_number), 0) + 1 FROM business_days WHERE register_id = ?"),
                              {registerId});
    if (!number) return number.error();
    return number->toLongLong();
}

Result<ZReport> DayReport::storedZ(const QString& registerId, qint64 number) const {
    // The report as it was when taken, not figured again: what the paper said is what is reprinted.
    auto q = db_.query(QStringLiteral("SELECT closed_at, z_by, z_report FROM business_days"
                                      " WHERE register_id = ? AND z_number = ?"),
                       {registerId, number});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, tr("There is no Z report %1 on %2.").arg(number).arg(registerId)};
    ZReport z;
    z.number = number;
    z.takenAt = sql::fromUtcText(q->value(0).toString());
    z.takenBy = q->value(1).toLongLong();
    const QJsonObject report = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    z.backupFile = report.value(QStringLiteral("backup_file")).toString();
    z.figures = DayFigures::fromJson(report, currency_);
    q->finish();
    auto entry = db_.query(QStringLiteral("SELECT seq, hash FROM journal WHERE kind = ? AND register_id = ? AND %1 = ?")
                               .arg(db_.jsonInteger("payload", "z_number")),
                           {JournalKinds::name(JournalKind::ZReport), registerId, number});
    if (!entry) return entry.error();
    if (entry->next()) z.journalHead = {entry->value(0).toLongLong(), entry->value(1).toString()};
    return z;
}

}  // namespace ak
