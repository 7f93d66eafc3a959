// aktivkafe backup (--db PATH | --config PATH) [--to DIR]
// aktivkafe restore FILE --db PATH
//
// A checked copy of the café's database in its backup folder, and the same copy on the backup stick
// when the configuration names one (core/storage/BackupCopies.h), as the till makes before every Z
// report; and a backup put back in its place, keeping what it replaces. The nightly timer's journal
// shows what this prints: a stick that is missing or full is said on stderr with exit code 75,
// after the first copy is safe.

#include "cli/Cli.h"
#include "core/config/ConfigLoader.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupCopies.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace ak::cli {

int runBackup(const QStringList& args) {
    const char* command = "aktivkafe backup";
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption to(QStringList{QStringLiteral("to")},
                                QStringLiteral("The folder to write it in (default: [database] backup_directory of "
                                               "--config, else a \"backups\" folder beside the database). The "
                                               "configuration's second_backup_directory still gets its copy."),
                                QStringLiteral("DIR"));
    const QCommandLineOption config(QStringList{QStringLiteral("config")},
                                    QStringLiteral("The café's aktivkafe.toml, for its backup folders and keep_days."),
                                    QStringLiteral("PATH"));
    parser.addOptions({db, to, config});
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe backup (--db PATH | --config PATH) [--to DIR]"),
                               QStringLiteral("Write a checked copy of the café's database, and another on the backup stick "
                                              "when the configuration names one; old copies are rotated."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err() << command << ": unexpected '" << parser.positionalArguments().join(u' ') << "'.\n";
        return Usage;
    }
    if (!parser.isSet(db) && !parser.isSet(config)) {
        err() << command << ": --db PATH or --config PATH is required (the configuration names the database).\n";
        return Usage;
    }
    // The folder beside the database's file; a server's café has no file: then the configuration's.
    BackupSettings settings;
    settings.directory = parser.isSet(db) ? QFileInfo(parser.value(db)).absolutePath() + QStringLiteral("/backups") : QString();
    settings.createIfMissing = true;  // the default folder is made when missing; a folder the café chose is not
    std::optional<DatabaseLocation> configured;
    if (parser.isSet(config)) {
        auto loaded = loadConfig(parser.value(config));
        if (!loaded) {
            err() << command << ": " << loaded.error().message << "\n";
            return Failed;
        }
        settings.directory = loaded->database.backupDirectory;
        settings.createIfMissing = loaded->database.backupDirectoryIsDefault;
        settings.keepDays = loaded->database.keepDays;
        settings.secondDirectory = loaded->database.secondBackupDirectory;
        configured = loaded->database.location;
    }
    if (parser.isSet(to)) {
        settings.directory = parser.value(to);
        settings.createIfMissing = false;
    }

    // A backup never changes the café. Without --db it is the configuration's (the nightly timer's way).
    auto database = parser.isSet(db) ? openDatabase(parser.value(db), Open::ReadOnly) : openDatabase(*configured, Open::ReadOnly);
    if (!database) return Unreadable;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto written = BackupCopies::write(*database, settings, QStringLiteral("manual"), now);
    if (!written) {
        err() << command << ": " << written.error().message << "\n";
        return written.error().code == ErrorCode::Io ? CannotWrite : Failed;
    }
    const BackupFile& first = written->first;
    out() << "Wrote " << first.path << " (" << first.bytes / 1024 << " KiB, " << first.journalEntries
          << " journal entries; checked)\n";
    const SecondBackup& second = written->second;
    if (second.written())
        out() << "Copied to " << second.path << " (" << second.journalEntries << " journal entries; checked)\n";
    for (const QString& old : second.deleted)
        out() << "Deleted " << QDir(settings.secondDirectory).filePath(old) << " (older than " << settings.keepDays
              << " days)\n";
    int code = Ok;
    if (second.wanted && !second.written()) {
        err() << command << ": the backup is safe in " << first.path << ", but it has no second copy: "
              << second.problems.first() << "\n";
        code = SecondCopyMissing;
    }
    // Old copies on the stick that could not be deleted (after the copy's own problem, when it has one).
    for (const QString& problem : second.problems.mid(second.written() ? 0 : 1)) {
        err() << command << ": " << problem << "\n";
        if (code == Ok) code = Failed;
    }
    auto rotated = BackupCopies::rotate(settings, now);
    if (!rotated) {
        err() << command << ": " << rotated.error().message << "\n";
        return code == Ok ? Failed : code;
    }
    for (const QString& old : rotated.value())
        out() << "Deleted " << QDir(settings.directory).filePath(old) << " (older than " << settings.keepDays << " days)\n";
    return code;
}

int runRestore(const QStringList& args) {
    const char* command = "aktivkafe restore";
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOptions({db});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup to put back."));
    if (int code = parseOrExit(parser, args, QStringLiteral("aktivkafe restore FILE --db PATH"),
                               QStringLiteral("Put a backup in the database's place; the database it replaces is kept "
                                              "beside it."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << command << ": name one backup file.\n";
        return Usage;
    }
    if (!parser.isSet(db)) {
        err() << command << ": --db PATH is required.\n";
        return Usage;
    }
    // A server's café: the backup is copied onto an empty database there (nothing is replaced).
    if (auto where = DatabaseLocation::fromArgument(parser.value(db)); where && where->isPostgres())
        return copyCafe(parser.positionalArguments().first(), parser.value(db), command);
    auto restored = Backup::restore(parser.positionalArguments().first(), parser.value(db),
                                    QDateTime::currentDateTimeUtc());
    if (!restored) {
        err() << command << ": " << restored.error().message << "\n";
        return Failed;
    }
    out() << "Restored " << restored->restoredFrom << " into " << QFileInfo(parser.value(db)).absoluteFilePath() << "\n";
    if (!restored->keptAs.isEmpty()) out() << "The database it replaced is kept as " << restored->keptAs << "\n";
    return Ok;
}

}  // namespace ak::cli
