#include "core/sales/DiscountReasonRepository.h"

#include "core/staff/Permissions.h"

namespace ak {

namespace {

const QString kColumns = QStringLiteral("id, code, text_nb, text_da, text_en, active, sort_order");

DiscountReason reasonFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(),
            {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}, q.value(5).toBool(), q.value(6).toInt()};
}

}  // namespace

Result<std::vector<DiscountReason>> DiscountReasonRepository::active() const {
    auto q = db_.query(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM discount_reasons WHERE active = 1 ORDER BY sort_order, id"));
    if (!q) return q.error();
    std::vector<DiscountReason> out;
    while (q->next()) out.push_back(reasonFrom(q.value()));
    return out;
}

Result<DiscountReason> DiscountReasonRepository::find(const QString& code) const {
    auto q = db_.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM discount_reasons WHERE code = ? AND active = 1"),
                       {code});
    if (!q) return q.error();
    if (!q->next()) return Error{ErrorCode::NotFound, tr("\"%1\" is not a discount reason.").arg(code)};
    return reasonFrom(q.value());
}

Result<DiscountReason> DiscountReasonRepository::add(DiscountReason r, const StaffMember& by) {
    if (auto allowed = requirePermission(by, Permission::ManageDiscountReasons); !allowed) return allowed.error();
    if (r.code.trimmed().isEmpty() || r.text.text(QLocale::NorwegianBokmal).trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A discount reason needs a code and a text.")};
    auto w = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO discount_reasons (code, text_nb, text_da, text_en, active, sort_order)"
                                          " VALUES (?, ?, ?, ?, 1, ?)"),
                           {r.code, r.text.nb, r.text.da, r.text.en, r.sortOrder});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return Result<void>::fail(ErrorCode::Conflict, tr("The code \"%1\" is already used.").arg(r.code));
            return q.error();
        }
        r.id = q.value();
        r.active = true;
        return {};
    });
    if (!w) return w.error();
    return r;
}

Result<void> DiscountReasonRepository::retire(const QString& code, const StaffMember& by) {
    if (auto allowed = requirePermission(by, Permission::ManageDiscountReasons); !allowed) return allowed;
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE discount_reasons SET active = 0 WHERE code = ?"), {code});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1)
            return Result<void>::fail(ErrorCode::NotFound, tr("\"%1\" is not a discount reason.").arg(code));
        return {};
    });
}

}  // namespace ak
