#pragma once
// Shared pieces of the aktivkafe command: exit codes, output streams, option parsing and the
// sub-commands (one file each). The command is thin: everything it does is a call into ak_core.

#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <QDate>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <utility>

namespace ak::cli {

// Exit codes, stable for scripts.
enum Exit : int {
    Ok = 0,
    Failed = 1,        // the command ran and the answer is "no" (bad journal, refused input)
    Unreadable = 2,    // the database could not be opened or read
    Usage = 64,        // bad command line (EX_USAGE)
    CannotWrite = 74,  // the output could not be written: full disk, closed pipe (EX_IOERR)
    // `aktivkafe backup`: the backup is written and checked, its second copy ([database]
    // second_backup_directory, a USB stick) is not — missing, full or read-only (EX_TEMPFAIL)
    SecondCopyMissing = 75,
};

// What the command prints as its answer. It is kept in memory and written by finishOutput(), so
// that a failed write is noticed and said, never reported as success.
QTextStream& out();
// Messages for the person at the terminal; written at once.
QTextStream& err();

// Writes out() to standard output and returns `code`, or CannotWrite after saying on stderr why
// the output could not be written. When standard output is an ordinary file, a failed write is
// cut off again so that no half answer stays in it.
int finishOutput(int code);

// Parses `args` (the sub-command's name first) with `parser`; on --help prints help and returns Ok,
// on a bad command line prints the problem and the help to stderr and returns Usage; otherwise -1.
// `usage` is the help's first line after "Usage: ", e.g. "aktivkafe journal verify --db PATH".
// `repeatable`: the options that may be given more than once (--config with its overlays).
int parseOrExit(QCommandLineParser& parser, const QStringList& args, const QString& usage, const QString& synopsis,
                const QStringList& repeatable = {});

// --from and --to of the report commands: a period of local days, the first of this month to
// today unless given.
QCommandLineOption fromOption();
QCommandLineOption toOption();

// The period those options give, from the first of `today`'s month to `today` unless set; nullopt
// after telling `command` ("aktivkafe report visits") what is wrong (exit with Usage then).
std::optional<std::pair<QDate, QDate>> readPeriod(const QCommandLineParser& parser, const QCommandLineOption& from,
                                                  const QCommandLineOption& to, QDate today, const char* command);

// `period` fitted to the café's records (core/reports/ReportPeriod.h): clamped to the first and last
// day with records, which is said on stderr; nullopt after saying that nothing was recorded in it
// (exit with Failed then).
std::optional<std::pair<QDate, QDate>> fitPeriod(const Database& db, std::pair<QDate, QDate> period,
                                                 const QTimeZone& zone, const char* command);

// The café's time zone ([cafe] time_zone) as the kiosk or till recorded it in `db`; when none has
// started on it yet, this machine's zone, after saying so on stderr for `command`.
QTimeZone cafeZone(const Database& db, const char* command);

// The --db option every sub-command takes.
QCommandLineOption dbOption();

// How a command opens the café's database.
enum class Open {
    ReadOnly,  // reports and checks: nothing is written, a read-only copy works (DatabaseOptions::readOnly)
    Write,     // an existing café, brought up to date
    Create,    // 'aktivkafe init': a new café where there is none (or an empty file), or an existing one
};

// Opens the database or prints why not (the message says which problem it is and what to do).
// `where` is an SQLite file or a PostgreSQL server; a --db value is a path or a URL
// (DatabaseLocation::fromArgument).
std::unique_ptr<Database> openDatabase(const DatabaseLocation& where, Open how);
std::unique_ptr<Database> openDatabase(const QString& pathOrUrl, Open how);

int runInit(const QStringList& args);
int runJournal(const QStringList& args);
int runStaff(const QStringList& args);
int runBackup(const QStringList& args);   // BackupCommand.cpp
int runRestore(const QStringList& args);  // BackupCommand.cpp
int runReport(const QStringList& args);
int runDevices(const QStringList& args);          // DevicesCommand.cpp
int runKeys(const QStringList& args);             // KeysCommand.cpp
int runSaft(const QStringList& args);             // SaftCommand.cpp
int runDb(const QStringList& args);               // DbRolesCommand.cpp: db roles, db copy
int runDbCopy(const QStringList& args);           // DbCopyCommand.cpp
// A whole café from `source` into a new, empty `target` (paths or URLs), said on out(); DbCopyCommand.cpp.
int copyCafe(const QString& source, const QString& target, const char* command);
int runSaftExport(const QStringList& args);       // SaftExportCommand.cpp, through runSaft
int runSaftVerify(const QStringList& args);       // SaftVerifyCommand.cpp, through runSaft
int runReportVisits(const QStringList& args);      // ReportVisits.cpp, reached through runReport
int runReportActivities(const QStringList& args);  // ReportActivities.cpp, through runReport
int runReportFunders(const QStringList& args);     // ReportFunders.cpp, through runReport
int runReportDay(const QStringList& args);         // ReportDay.cpp, through runReport

}  // namespace ak::cli
