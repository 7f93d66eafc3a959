#pragma once
// The journal's head kept outside the database: a small text file beside it ("cafe.sqlite.anchor")
// with the seq and hash of the newest entry the till has seen committed.
//
// Why: the hash chain shows a changed or removed entry in the middle, and the head row shows
// entries cut from the end — unless someone also rewinds the head row (with the triggers dropped).
// Then only something outside the file can tell: this anchor, the head printed on every Z report,
// a backup's file name. `journal verify` and the till's start check compare the journal with the
// anchor: the journal must still hold entry `seq` with exactly that hash.
//
// What it cannot do: whoever can edit both the database and this file (same folder, same user) can
// make them agree again. Paper (the Z report) and backups on another disk are the anchors they
// cannot reach; docs/integrity.md says what is and is not detected.
//
// The file only moves forward: update() never writes an older head over a newer one (the kiosk and
// the till both keep it, and either may be behind).

#include "core/journal/Journal.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ak {

class JournalAnchor {
public:
    // The anchor file of the database at `databasePath` (empty for an in-memory database); for a
    // server's café (a URL) a file of this machine's in ~/.local/share/aktivkafe/anchors/.
    static QString pathFor(const QString& databasePath);

    // nullopt when there is no anchor file yet. Config error for a file that is not an anchor.
    static Result<std::optional<JournalHead>> read(const QString& file);

    // Writes `head` unless the file already holds a newer one; atomically (temporary file, fsync,
    // rename). `neverReplace`: the database's own files (Database::files).
    static Result<void> update(const QString& file, const JournalHead& head, const QStringList& neverReplace);

    // Whether `journal` still holds the anchored entry unchanged: empty when it does, else a sentence.
    static Result<QString> compare(const Database& db, const JournalHead& anchor);
};

}  // namespace ak
