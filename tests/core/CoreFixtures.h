#pragma once
// Fixtures shared by the core suites: opening databases that must open, reading files, and a raw
// second connection to tamper with a file the way an attacker or a broken tool would.

#include "core/storage/Database.h"
#include "core/util/Result.h"
#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ak::test {

// Opens or fails the current test with the error message.
std::unique_ptr<Database> openOrFail(const QString& path, const DatabaseOptions& options = {});

// The bytes of a file (empty if it does not exist).
QByteArray readFile(const QString& path);

// A plain QSQLITE connection that knows nothing of Aktivkafe.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void exec(const QString& statement, const QVariantList& values = {});  // fails the test on error
    bool tryExec(const QString& statement, QString* error = nullptr);
    QVariant scalar(const QString& statement, const QVariantList& values = {});
    // What an attacker does first: remove the append-only triggers.
    void dropJournalTriggers();

private:
    QString name_;
    QSqlDatabase db_;
};

}  // namespace ak::test
