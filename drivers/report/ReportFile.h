#pragma once
// Writing a report (PDF, CSV) to a file without ever destroying anything: the one way reports reach
// the disk, for the command line and the till alike.
//
// - A file that is not an earlier report of the same kind is never replaced: not the café's
//   database or configuration (named in `neverReplace`), not a device such as /dev/full, not a
//   folder or a link, not last year's spreadsheet that happens to have the name. An earlier report
//   of the same kind is recognised by its content (ReportFileKind), not by its name.
// - The bytes go to a temporary file in the same folder, are fsynced, and only then renamed over the
//   final name; the folder is fsynced after the rename. A failure at any step (no permission, a full
//   disk, a file-size limit) removes the temporary file and leaves the final name as it was.
//
// Written with POSIX calls rather than QSaveFile: QSaveFile follows a link or replaces a device node
// it is pointed at, and does not say whether the data reached the disk before the rename.

#include "drivers/report/ReportOutput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ak::dev {

// How an earlier report of one kind looks, so that it (and only it) may be replaced.
struct ReportFileKind {
    QByteArray startsWith;  // the first bytes, e.g. "%PDF-" or the CSV header line
    QByteArray contains;    // bytes somewhere in the file (the PDF's creator mark); empty: none
    QString name;           // for messages: the report's title, "Report for funders"

    bool matches(const QByteArray& content) const;
};

class ReportFile {
public:
    // The largest existing file looked at to recognise an earlier report; reports are far smaller.
    static constexpr qint64 kLargestEarlierReport = 64 * 1024 * 1024;

    // Writes `bytes` to `path` as described above. `neverReplace` lists files that must never be
    // written over whatever they hold (compared by path after resolving links, and by inode); the
    // caller names the database's files and the configuration files. The value is the absolute
    // path written. Errors: NoFolder, Protected, DiskFull, CannotWrite.
    static ReportOutcome<QString> write(const QString& path, const QByteArray& bytes, const ReportFileKind& kind,
                                        const QStringList& neverReplace);
};

}  // namespace ak::dev
