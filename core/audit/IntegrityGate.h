#pragma once
// Whether the till may sell onto its journal (issue 10, item 3). At every start the till runs the
// quick integrity check (IntegrityCheck.h: the newest journal entries, the head, the triggers, the
// newest sales, the anchor file). When it finds something no manager has seen yet, the gate closes:
// SaleRepository refuses sales and returns until a manager confirms having read the problems. The
// confirmation is journaled ("integrity_acknowledged", with the problems and their fingerprint);
// the same problems found at a later start keep the gate open, new ones close it again.
//
// The gate also keeps the anchor file (JournalAnchor.h) up with the journal while it is open; while
// it is closed the anchor is left as it is, because it is the evidence.
//
// Ownership: the till's composition root owns it; the Database and Journal outlive it.

#include "core/journal/Journal.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ak {

class IntegrityGate {
    Q_DECLARE_TR_FUNCTIONS(IntegrityGate)
public:
    // `anchorFile` empty: no anchor (an in-memory café). `neverReplace`: the database's files.
    IntegrityGate(Database& db, Journal& journal, QString anchorFile, QStringList neverReplace);

    // Runs the quick check. A Storage error (the journal cannot be read at all) closes the gate too.
    Result<void> check();

    bool open() const { return problems_.isEmpty(); }
    const QStringList& problems() const { return problems_; }

    // Ok while open; otherwise ErrorCode::Locked with a sentence for whoever is at the till.
    Result<void> requireOpen() const;

    // A manager (role read from the database) confirms having read the problems: journaled, the
    // gate opens and the journal is anchored at its current head. Permission for anyone else.
    Result<void> acknowledge(const StaffMember& manager);

    // Writes the journal's current head to the anchor file (only forward, only while open).
    Result<void> anchor();

private:
    Result<bool> acknowledgedBefore(const QString& fingerprint) const;

    Database& db_;
    Journal& journal_;
    QString anchorFile_;
    QStringList neverReplace_;
    QStringList problems_;
    QString fingerprint_;
};

}  // namespace ak
