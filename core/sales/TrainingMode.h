#pragma once
// Training mode of one register: a manager switches it on for a new volunteer and off again
// (journaled training_on / training_off, SAF-T 13023/13024); it is kept in the database so that a
// restart does not quietly end it. While it is on, SaleRepository numbers receipts on their own
// sequence and flags them (sales.training); X and Z count them apart (DayFigures::training).

#include "core/journal/Journal.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

namespace ak {

class TrainingMode {
public:
    TrainingMode(Database& db, QString registerId) : db_(db), registerId_(std::move(registerId)) {}

    Result<bool> isOn() const;
    // Needs SwitchTraining; switching to the state it is in changes and journals nothing.
    Result<void> set(bool on, const StaffMember& manager, Journal& journal);

private:
    QString key() const { return QStringLiteral("till.%1.training").arg(registerId_); }

    Database& db_;
    QString registerId_;
};

}  // namespace ak
