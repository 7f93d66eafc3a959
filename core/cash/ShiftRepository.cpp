#include "core/cash/ShiftRepository.h"

#include "core/cash/CashDrawer.h"
#include "core/staff/Permissions.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace ak {

Q_LOGGING_CATEGORY(lcCash, "aktivkafe.core.cash")

namespace {

const char kColumns[] =
    "id, business_day_id, register_id, opened_at, opened_by, float_count, closed_at, closed_by, second_counter,"
    " closing_count, expected_minor, note, signed_off_by";

QString movementKey(CashMovementKind kind) {
    switch (kind) {
        case CashMovementKind::In: return QStringLiteral("in");
        case CashMovementKind::Out: return QStringLiteral("out");
        case CashMovementKind::NoSale: return QStringLiteral("no_sale");
    }
    return {};
}

JournalKind movementJournalKind(CashMovementKind kind) {
    switch (kind) {
        case CashMovementKind::In: return JournalKind::CashIn;
        case CashMovementKind::Out: return JournalKind::CashOut;
        case CashMovementKind::NoSale: return JournalKind::DrawerOpenedNoSale;
    }
    return JournalKind::DrawerOpenedNoSale;
}

QJsonObject parseObject(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// A reason or note as typed: trimmed, one line, 1–200 characters.
Result<QString> cleanText(const QString& typed, const QString& missing, const QString& tooLong) {
    const QString text = typed.simplified();
    if (text.isEmpty()) return Error{ErrorCode::InvalidInput, missing};
    if (text.size() > ShiftRepository::kMaxReasonLength) return Error{ErrorCode::InvalidInput, tooLong};
    return text;
}

}  // namespace

ShiftRepository::ShiftRepository(Database& db, const Clock& clock, Currency currency, qint64 differenceAlertMinor)
    : db_(db), clock_(clock), currency_(currency), differenceAlertMinor_(differenceAlertMinor) {}

Result<std::optional<Shift>> ShiftRepository::one(const QString& where, const QVariantList& values) const {
    auto q = db_.query(QStringLiteral("SELECT %1 FROM shifts WHERE %2").arg(QLatin1String(kColumns), where), values);
    if (!q) return q.error();
    if (!q->next()) return std::optional<Shift>();
    Shift s;
    s.id = q->value(0).toLongLong();
    s.businessDayId = q->value(1).toLongLong();
    s.registerId = q->value(2).toString();
    s.openedAt = sql::fromUtcText(q->value(3).toString());
    s.openedBy = q->value(4).toLongLong();
    auto opening = CashCount::fromJson(currency_, parseObject(q->value(5).toString()));
    if (!opening) return opening.error();
    s.openingFloat = opening.value();
    if (!q->value(6).isNull()) {
        s.closedAt = sql::fromUtcText(q->value(6).toString());
        s.closedBy = q->value(7).toLongLong();
        s.secondCounter = q->value(8).toLongLong();
        auto closing = CashCount::fromJson(currency_, parseObject(q->value(9).toString()));
        if (!closing) return closing.error();
        s.closingCount = closing.value();
        s.expected = Money(q->value(10).toLongLong(), currency_);
    }
    s.note = q->value(11).toString();
    s.signedOffBy = q->value(12).toLongLong();
    return std::optional<Shift>(std::move(s));
}

Result<std::optional<Shift>> ShiftRepository::current(const QString& registerId) const {
    return one(QStringLiteral("register_id = ? AND closed_at IS NULL"), {registerId});
}

Result<Shift> ShiftRepository::find(qint64 shiftId) const {
    auto s = one(QStringLiteral("id = ?"), {shiftId});
    if (!s) return s.error();
    if (!s->has_value()) return Error{ErrorCode::NotFound, tr("There is no shift %1.").arg(shiftId)};
    return std::move(*s.value());
}

Result<std::optional<CashCount>> ShiftRepository::lastClosingCount(const QString& registerId) const {
    auto q = db_.query(QStringLiteral("SELECT closing_count FROM shifts WHERE register_id = ? AND closed_at IS NOT NULL"
                                      " ORDER BY id DESC LIMIT 1"),
                       {registerId});
    if (!q) return q.error();
    if (!q->next()) return std::optional<CashCount>();
    auto count = CashCount::fromJson(currency_, parseObject(q->value(0).toString()));
    if (!count) return count.error();
    return std::optional<CashCount>(count.value());
}

Result<QString> ShiftRepository::staffName(qint64 staffId) const {
    auto name = sql::scalar(db_.connection(), QStringLiteral("SELECT name FROM staff WHERE id = ?"), {staffId});
    if (!name) return name.error();
    return name->toString();
}

Result<Shift> ShiftRepository::open(const QString& registerId, const CashCount& openingFloat, const StaffMember& by,
                                    Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::Sell); !allowed) return allowed.error();
    if (openingFloat.currency() != currency_)
        return Error{ErrorCode::InvalidInput, tr("The float is counted in another currency than the till's.")};
    qint64 shiftId = 0;
    auto written = db_.write([&]() -> Result<void> {
        auto open = current(registerId);
        if (!open) return open.error();
        if (open->has_value()) {
            auto who = staffName(open->value().openedBy);
            return Error{ErrorCode::Conflict, tr("A shift is already open on %1 (opened by %2). Close it with a count "
                                                 "before a new one starts.")
                                                  .arg(registerId, who ? who.value() : QString())};
        }
        const QString now = sql::utcText(clock_.now());
        auto day = db_.query(QStringLiteral("SELECT id FROM business_days WHERE register_id = ? AND closed_at IS NULL"),
                             {registerId});
        if (!day) return day.error();
        qint64 dayId = 0;
        if (day->next()) {
            dayId = day->value(0).toLongLong();
        } else {
            auto ins = db_.insert(QStringLiteral("INSERT INTO business_days (register_id, opened_at) VALUES (?, ?)"),
                                 {registerId, now});
            if (!ins) return ins.error();
            dayId = ins.value();
            auto e = journal.append(Journal::staffActor(by.id), JournalKind::BusinessDayOpened,
                                    {{QStringLiteral("business_day_id"), dayId}});
            if (!e) return e.error();
        }
        auto ins = db_.insert(QStringLiteral("INSERT INTO shifts (business_day_id, register_id, opened_at, opened_by,"
                                            " float_count, float_minor) VALUES (?, ?, ?, ?, ?, ?)"),
                             {dayId, registerId, now, by.id, compactJson(openingFloat.toJson()),
                              openingFloat.total().minor()});
        if (!ins) return ins.error();
        shiftId = ins.value();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ShiftOpened,
                                {{QStringLiteral("shift_id"), shiftId},
                                 {QStringLiteral("business_day_id"), dayId},
                                 {QStringLiteral("float"), openingFloat.total().minor()},
                                 {QStringLiteral("count"), openingFloat.toJson()}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcCash) << "shift" << shiftId << "opened on" << registerId << "by staff" << by.id;
    return find(shiftId);
}

Result<void> ShiftRepository::move(const QString& registerId, CashMovementKind kind, const Money& amount,
                                   const QString& reason, const StaffMember& by, Journal& journal, CashDrawer* drawer) {
    if (auto allowed = requirePermission(by, Permission::Sell); !allowed) return allowed;
    if (kind == CashMovementKind::NoSale ? amount.minor() != 0 : amount.minor() <= 0)
        return Result<void>::fail(ErrorCode::InvalidInput, tr("Type the amount that goes into or out of the drawer."));
    if (amount.minor() > kMaxMovementMinor)
        return Result<void>::fail(ErrorCode::InvalidInput,
                                  tr("That is more than the till takes in one go (at most 100 000 kr)."));
    if (amount.currency() != currency_)
        return Result<void>::fail(ErrorCode::InvalidInput, tr("The amount is in another currency than the till's."));
    auto why = cleanText(reason, tr("Say why, in a few words."), tr("Say why in at most 200 characters."));
    if (!why) return why.error();
    return db_.write([&]() -> Result<void> {
        auto shift = current(registerId);
        if (!shift) return shift.error();
        if (!shift->has_value())
            return Result<void>::fail(ErrorCode::Conflict, tr("No shift is open on this till. Open one with a float "
                                                              "count first."));
        const qint64 shiftId = shift->value().id;
        auto ins = db_.query(QStringLiteral("INSERT INTO cash_movements (shift_id, kind, amount_minor, reason, at,"
                                            " staff_id) VALUES (?, ?, ?, ?, ?, ?)"),
                             {shiftId, movementKey(kind), amount.minor(), why.value(), sql::utcText(clock_.now()), by.id});
        if (!ins) return ins.error();
        QJsonObject payload{{QStringLiteral("shift_id"), shiftId}, {QStringLiteral("reason"), why.value()}};
        if (kind != CashMovementKind::NoSale) payload.insert(QStringLiteral("amount"), amount.minor());
        auto e = journal.append(Journal::staffActor(by.id), movementJournalKind(kind), payload);
        if (!e) return e.error();
        if (drawer) return drawer->queuePulse(QString::number(e->seq));
        return {};
    });
}

Result<Money> ShiftRepository::expectedIn(const Database& db, qint64 shiftId, Currency currency) {
    auto base = sql::scalar(db.connection(), QStringLiteral("SELECT float_minor FROM shifts WHERE id = ?"), {shiftId});
    if (!base) return base.error();
    // Cash payments are stored as what stays in the drawer (tendered − change; negative for a
    // refund). Training sales never open the drawer.
    auto sales = sql::scalar(db.connection(),
                             QStringLiteral("SELECT COALESCE(SUM(p.amount_minor), 0) FROM sales s"
                                            " JOIN sale_payments p ON p.sale_id = s.id"
                                            " WHERE s.shift_id = ? AND s.training = 0 AND p.method = 'cash'"),
                             {shiftId});
    if (!sales) return sales.error();
    auto moved = sql::scalar(db.connection(),
                             QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'in' THEN amount_minor"
                                            " WHEN 'out' THEN -amount_minor ELSE 0 END), 0)"
                                            " FROM cash_movements WHERE shift_id = ?"),
                             {shiftId});
    if (!moved) return moved.error();
    return Money(base->toLongLong() + sales->toLongLong() + moved->toLongLong(), currency);
}

Result<Money> ShiftRepository::expectedCash(qint64 shiftId, const StaffMember& asker) const {
    if (auto allowed = requirePermission(asker, Permission::ViewReports); !allowed) return allowed.error();
    return expectedIn(db_, shiftId, currency_);
}

Result<CountOutcome> ShiftRepository::close(const QString& registerId, const CashCount& count, const StaffMember& by,
                                            const std::optional<StaffMember>& second, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::Sell); !allowed) return allowed.error();
    if (second && (second->id == by.id || !second->active))
        return Error{ErrorCode::InvalidInput, tr("The second counter must be another person on the staff.")};
    if (count.currency() != currency_)
        return Error{ErrorCode::InvalidInput, tr("The count is in another currency than the till's.")};
    CountOutcome outcome;
    auto written = db_.write([&]() -> Result<void> {
        auto shift = current(registerId);
        if (!shift) return shift.error();
        if (!shift->has_value())
            return Result<void>::fail(ErrorCode::Conflict, tr("No shift is open on this till: there is nothing to count "
                                                              "against."));
        outcome.shiftId = shift->value().id;
        auto exp = expectedIn(db_, outcome.shiftId, currency_);
        if (!exp) return exp.error();
        outcome.counted = count.total();
        outcome.expected = exp.value();
        outcome.difference = outcome.counted - outcome.expected;
        const qint64 off = outcome.difference.minor() < 0 ? -outcome.difference.minor() : outcome.difference.minor();
        outcome.needsSignOff = off > differenceAlertMinor_;
        auto upd = db_.query(QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ?, second_counter = ?,"
                                            " closing_count = ?, counted_minor = ?, expected_minor = ?"
                                            " WHERE id = ? AND closed_at IS NULL"),
                             {sql::utcText(clock_.now()), by.id,
                              second ? QVariant(second->id) : QVariant(QMetaType(QMetaType::LongLong)),
                              compactJson(count.toJson()), outcome.counted.minor(), outcome.expected.minor(),
                              outcome.shiftId});
        if (!upd) return upd.error();
        QJsonObject payload{{QStringLiteral("shift_id"), outcome.shiftId},
                            {QStringLiteral("counted"), outcome.counted.minor()},
                            {QStringLiteral("expected"), outcome.expected.minor()},
                            {QStringLiteral("difference"), outcome.difference.minor()},
                            {QStringLiteral("count"), count.toJson()}};
        if (second) payload.insert(QStringLiteral("second_counter"), second->id);
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ShiftClosed, payload);
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcCash) << "shift" << outcome.shiftId << "closed on" << registerId << "difference"
                   << outcome.difference.minor();
    return outcome;
}

Result<void> ShiftRepository::explain(qint64 shiftId, const QString& note, const StaffMember& by, Journal& journal) {
    auto text = cleanText(note, tr("Write what you think happened, in a few words."),
                          tr("Write it in at most 200 characters."));
    if (!text) return text.error();
    return db_.write([&]() -> Result<void> {
        auto shift = find(shiftId);
        if (!shift) return shift.error();
        if (shift->isOpen())
            return Result<void>::fail(ErrorCode::Conflict, tr("Count the cash first; then say why it differs."));
        const bool counter = shift->closedBy == by.id || shift->secondCounter == by.id;
        if (!counter) {
            if (auto allowed = requirePermission(by, Permission::CloseDay); !allowed) return allowed;
        }
        auto upd = db_.query(QStringLiteral("UPDATE shifts SET note = ? WHERE id = ?"), {text.value(), shiftId});
        if (!upd) return upd.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::CountExplained,
                                {{QStringLiteral("shift_id"), shiftId}, {QStringLiteral("note"), text.value()}});
        if (!e) return e.error();
        return {};
    });
}

Result<std::vector<Shift>> ShiftRepository::awaitingSignOff(const QString& registerId) const {
    auto q = db_.query(QStringLiteral("SELECT h.id FROM shifts h JOIN business_days d ON d.id = h.business_day_id"
                                      " WHERE d.register_id = ? AND d.closed_at IS NULL AND h.closed_at IS NOT NULL"
                                      " AND h.signed_off_by IS NULL AND ABS(h.counted_minor - h.expected_minor) > ?"
                                      " ORDER BY h.id"),
                       {registerId, differenceAlertMinor_});
    if (!q) return q.error();
    std::vector<qint64> ids;
    while (q->next()) ids.push_back(q->value(0).toLongLong());
    std::vector<Shift> shifts;
    for (const qint64 id : ids) {
        auto s = find(id);
        if (!s) return s.error();
        shifts.push_back(s.value());
    }
    return shifts;
}

Result<void> ShiftRepository::signOff(qint64 shiftId, const StaffMember& manager, Journal& journal) {
    if (auto allowed = requirePermission(manager, Permission::CloseDay); !allowed) return allowed;
    return db_.write([&]() -> Result<void> {
        auto shift = find(shiftId);
        if (!shift) return shift.error();
        if (shift->isOpen())
            return Result<void>::fail(ErrorCode::Conflict, tr("The shift has not been counted yet."));
        if (shift->signedOffBy != 0) return {};  // signed once is enough; nothing new to journal
        auto upd = db_.query(QStringLiteral("UPDATE shifts SET signed_off_by = ? WHERE id = ?"), {manager.id, shiftId});
        if (!upd) return upd.error();
        auto e = journal.append(Journal::staffActor(manager.id), JournalKind::CountSignedOff,
                                {{QStringLiteral("shift_id"), shiftId},
                                 {QStringLiteral("difference"), shift->difference().value_or(Money()).minor()}});
        if (!e) return e.error();
        return {};
    });
}

}  // namespace ak
