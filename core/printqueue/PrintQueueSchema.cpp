// The print queue's step of the schema history (registered in core/storage/SchemaV1.cpp).
//
// One row per print job. The document is the PrintDocumentCodec JSON of exactly what was built at
// the sale, so a receipt printed after a restart says what it said at the till. Jobs are never
// deleted by the queue: done and cancelled rows are the record of what went to paper (a later
// clean-up step may prune old ones).

#include <QStringList>

namespace ak {

QStringList printQueueSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList printQueueSchema() {
    return {
        QStringLiteral("CREATE TABLE print_jobs ("
                       " id INTEGER PRIMARY KEY,"
                       " created_at TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " ref TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " document TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       "  CHECK (state IN ('queued', 'printing', 'done', 'interrupted', 'cancelled')),"
                       " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " printed_at TEXT,"
                       " CHECK ((state = 'done') = (printed_at IS NOT NULL)))"),
        // The queue asks "oldest queued job" and "how many waiting" after every job.
        QStringLiteral("CREATE INDEX print_jobs_by_state ON print_jobs (state, id)"),
        QStringLiteral("CREATE INDEX print_jobs_by_ref ON print_jobs (ref)"),
    };
}

}  // namespace ak

namespace ak {

QStringList printStationSchema();  // declared here and in SchemaV1.cpp, its only caller

// Which station prints a job: the till and each kiosk have their own printer on one database.
// Jobs from before this step were all the till's.
QStringList printStationSchema() {
    return {
        QStringLiteral("ALTER TABLE print_jobs ADD COLUMN station TEXT NOT NULL DEFAULT 'till'"
                       " CHECK (length(station) > 0)"),
        QStringLiteral("CREATE INDEX print_jobs_by_station ON print_jobs (station, state, id)"),
    };
}

}  // namespace ak
