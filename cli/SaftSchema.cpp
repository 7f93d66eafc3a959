#include "cli/SaftSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <memory>

namespace ak::cli {

namespace {

const char kSchemaName[] = "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd";

// libxml2's messages, collected instead of printed: the first `keep` in words, all counted.
struct Collector {
    int keep = 10;
    qint64 validity = 0;  // the validator's (XML_FROM_SCHEMASV)
    qint64 other = 0;     // the parser's: the file is not well-formed or could not be read
    QStringList validityErrors, otherErrors;
};

void collect(void* data, xmlErrorPtr error) {
    auto* c = static_cast<Collector*>(data);
    if (!error || error->level == XML_ERR_WARNING) return;
    const bool validity = error->domain == XML_FROM_SCHEMASV;
    (validity ? c->validity : c->other) += 1;
    QStringList& kept = validity ? c->validityErrors : c->otherErrors;
    if (kept.size() >= c->keep) return;
    const QString message = QString::fromUtf8(error->message ? error->message : "unknown error").trimmed();
    kept << (error->line > 0 ? QStringLiteral("line %1: %2").arg(error->line).arg(message) : message);
}

void ignore(void*, const char*, ...) {}

// Sends libxml2's global messages (the parser's, while the validator streams the file) to a
// collector for as long as it lives; nothing reaches stderr on its own.
class CollectGlobalErrors {
public:
    explicit CollectGlobalErrors(Collector& c) {
        xmlSetStructuredErrorFunc(&c, collect);
        xmlSetGenericErrorFunc(nullptr, ignore);
    }
    ~CollectGlobalErrors() {
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        xmlSetGenericErrorFunc(nullptr, nullptr);
    }
    CollectGlobalErrors(const CollectGlobalErrors&) = delete;
    CollectGlobalErrors& operator=(const CollectGlobalErrors&) = delete;
};

struct ParserCtxtFree {
    void operator()(xmlSchemaParserCtxt* p) const { xmlSchemaFreeParserCtxt(p); }
};
struct SchemaFree {
    void operator()(xmlSchema* s) const { xmlSchemaFree(s); }
};
struct ValidCtxtFree {
    void operator()(xmlSchemaValidCtxt* v) const { xmlSchemaFreeValidCtxt(v); }
};

}  // namespace

QString shippedSaftSchema(QStringList* looked) {
    const QStringList folders{QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(AK_SAFT_RELATIVE_DIR)),
                              QStringLiteral(AK_SAFT_INSTALL_DIR)};
    for (const QString& folder : folders) {
        const QString path = QDir::cleanPath(folder + u'/' + QLatin1String(kSchemaName));
        if (QFile::exists(path)) return path;
        if (looked) *looked << path;
    }
    return {};
}

SchemaCheck checkAgainstSchema(const QString& file, const QString& xsd, int keep) {
    xmlInitParser();
    Collector collector;
    collector.keep = keep;
    CollectGlobalErrors global(collector);
    SchemaCheck check;

    const QByteArray xsdPath = QFile::encodeName(xsd);
    std::unique_ptr<xmlSchemaParserCtxt, ParserCtxtFree> parser(xmlSchemaNewParserCtxt(xsdPath.constData()));
    if (parser) xmlSchemaSetParserStructuredErrors(parser.get(), collect, &collector);
    std::unique_ptr<xmlSchema, SchemaFree> schema(parser ? xmlSchemaParse(parser.get()) : nullptr);
    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree> validator(schema ? xmlSchemaNewValidCtxt(schema.get()) : nullptr);
    if (!validator) {
        check.outcome = SchemaCheck::Outcome::SchemaUnusable;
        check.errors = collector.otherErrors + collector.validityErrors;
        check.errorCount = collector.validity + collector.other;
        return check;
    }
    xmlSchemaSetValidStructuredErrors(validator.get(), collect, &collector);

    // A SAX stream through the validator: memory stays that of one element and its open ancestors
    // (plus what the schema's keys and key references must remember).
    const QByteArray path = QFile::encodeName(file);
    const int rc = xmlSchemaValidateFile(validator.get(), path.constData(), 0);
    if (collector.other > 0 || rc < 0) {
        check.outcome = SchemaCheck::Outcome::NotWellFormed;
        check.errors = collector.otherErrors;
        check.errorCount = collector.other;
        if (check.errors.isEmpty()) check.errors << QStringLiteral("the file could not be read");
    } else if (rc > 0 || collector.validity > 0) {
        check.outcome = SchemaCheck::Outcome::Invalid;
        check.errors = collector.validityErrors;
        check.errorCount = collector.validity;
    }
    return check;
}

}  // namespace ak::cli
