#pragma once
// A SAF-T Cash Register file checked against the official XML schema (config/saft/, Skatteetaten's
// XSD v1.00) with libxml2's XML Schema validator, streamed: the document is never built in memory.
// In cli/ because ak_core links no libxml2.

#include <QString>
#include <QStringList>

namespace ak::cli {

// The schema shipped with the program: share/aktivkafe/saft beside its bin folder (installed, and the
// same layout in the build tree), else the install prefix's. Empty when neither is there; `looked`
// then lists where it was looked for.
QString shippedSaftSchema(QStringList* looked = nullptr);

struct SchemaCheck {
    enum class Outcome {
        Valid,
        Invalid,        // well-formed, but not what the schema allows: `errors`
        NotWellFormed,  // not XML, or cut off: `errors`
        SchemaUnusable, // the XSD itself could not be read or compiled: `errors`
    };
    Outcome outcome = Outcome::Valid;
    QStringList errors;  // the first few, "line N: message"
    qint64 errorCount = 0;
};

// Validates `file` against the schema `xsd`; keeps the first `keep` errors in words.
SchemaCheck checkAgainstSchema(const QString& file, const QString& xsd, int keep = 10);

}  // namespace ak::cli
