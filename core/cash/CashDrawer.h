#pragma once
// The till's cash drawer as core knows it, and the two rules about it (kassasystemforskriften):
// a new sale may not begin while the drawer stands open, and the drawer opens only through core —
// its pulse is queued in the same transaction as the sale, return or cash movement that opens it,
// so every opening is journaled and counted and none happens without its record.
//
// The device layer reports what the drawer's sensor says (setOpen: open, shut, or not known — a
// drawer without a sensor, or its printer unplugged); controllers ask allowsNewSale() and show the
// answer. The pulse goes to the print queue of the station whose printer drives the drawer.
//
// Ownership: a QObject owned by the app; the PrintQueue is not owned and outlives it.

#include "core/util/Result.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ak {

class PrintQueue;

class CashDrawer : public QObject {
    Q_OBJECT
public:
    explicit CashDrawer(PrintQueue* pulses, QObject* parent = nullptr);

    // What the drawer's sensor says; std::nullopt when nothing is known (never read as "open").
    void setOpen(std::optional<bool> open);
    std::optional<bool> isOpen() const { return open_; }

    // Conflict while the drawer is known to be open: the volunteer closes it first.
    Result<void> allowsNewSale() const;

    // Queues the drawer's pulse for the event `ref` (a sale id, a journal entry); joins the caller's
    // Database::write(), so it is sent only if that write commits. A drawer without a queue (a
    // tool, a test) records nothing and succeeds.
    Result<void> queuePulse(const QString& ref);

signals:
    void changed();

private:
    PrintQueue* pulses_;
    std::optional<bool> open_;
};

}  // namespace ak
