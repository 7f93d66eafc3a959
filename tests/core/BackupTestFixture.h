#pragma once
// What the backup suites share (BackupTest.cpp, SecondBackupTest.cpp): the time a backup is taken,
// whether a test may mount a small disk to fill it, and what lies in a folder.

#include "tests/support/ScratchMount.h"

#include <QDateTime>
#include <QDir>
#include <QStringList>

#include <boost/test/unit_test.hpp>

namespace ak::test {

// For the full and read-only disks (ScratchMount needs root): boost::unit_test::precondition(asRoot).
inline bool asRoot(boost::unit_test::test_unit_id) { return ScratchMount::available(); }

inline const QDateTime kBackupTime(QDate(2025, 3, 6), QTime(17, 5), Qt::UTC);

// Every file in `folder`, hidden temporary ones too, by name.
inline QStringList backupsIn(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*")}, QDir::Files | QDir::Hidden, QDir::Name);
}

}  // namespace ak::test
