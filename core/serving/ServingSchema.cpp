// The serving queue's step of the schema history (registered in core/storage/SchemaV1.cpp).
//
// What the kiosk hands over to the counter: a coffee redeemed at the kiosk waits here until a
// volunteer taps "served". No visitor data: the kiosk, the time, a short description and the
// serving number printed on the visitor's slip.

#include <QStringList>

namespace ak {

QStringList servingSchema();  // declared here and in SchemaV1.cpp, its only caller

QStringList servingSchema() {
    return {
        QStringLiteral("CREATE TABLE serving_queue ("
                       " id INTEGER PRIMARY KEY,"
                       " created_at TEXT NOT NULL,"
                       " kiosk_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " description TEXT NOT NULL,"
                       " serving_number INTEGER NOT NULL CHECK (serving_number BETWEEN 1 AND 99),"
                       " served_at TEXT,"
                       " served_by INTEGER REFERENCES staff(id),"
                       " CHECK ((served_at IS NULL) = (served_by IS NULL)))"),
        // The till asks "what is waiting" every few seconds.
        QStringLiteral("CREATE INDEX serving_queue_waiting ON serving_queue (served_at, id)"),
    };
}

}  // namespace ak
