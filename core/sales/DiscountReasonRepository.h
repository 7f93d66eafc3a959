#pragma once
// The list of discount reasons. Seeded by the sales migration; managers add and retire entries.

#include "core/sales/DiscountReason.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <vector>

namespace ak {

class DiscountReasonRepository {
    Q_DECLARE_TR_FUNCTIONS(DiscountReasonRepository)  // messages for the volunteer; lupdate context "DiscountReasonRepository"
public:
    explicit DiscountReasonRepository(Database& db) : db_(db) {}

    Result<std::vector<DiscountReason>> active() const;  // by sortOrder, then id
    Result<DiscountReason> find(const QString& code) const;  // NotFound (also for retired codes)
    // Permission unless `by` is a manager; InvalidInput for an empty code or text; Conflict if used.
    Result<DiscountReason> add(DiscountReason reason, const StaffMember& by);
    Result<void> retire(const QString& code, const StaffMember& by);

private:
    Database& db_;
};

}  // namespace ak
