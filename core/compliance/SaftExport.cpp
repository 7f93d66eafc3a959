#include "core/compliance/SaftExport.h"

#include "core/compliance/SaftCodes.h"
#include "core/compliance/SaftParts.h"
#include "core/journal/JournalKind.h"
#include "core/storage/Sql.h"

#include <QIODevice>
#include <QLocale>

namespace ak::compliance {
namespace {

using saft::Context;

// The day the café's records begin (its first journal entry): the master files' dateOfEntry,
// since staff and products keep no date of their own. The period's first day when the journal is empty.
Result<QDate> firstDay(Context& c) {
    auto q = c.db.query(QStringLiteral("SELECT at FROM journal ORDER BY seq LIMIT 1"));
    if (!q) return q.error();
    if (!q->next()) return c.request.from;
    return sql::fromUtcText(q->value(0).toString()).toTimeZone(c.company.zone).date();
}

void writeHeader(Context& c) {
    saft::Xml& x = c.xml;
    x.open("header");
    x.text("fiscalYear", QString::number(c.request.from.year()));
    x.date("startDate", c.request.from);
    x.date("endDate", c.request.to);
    x.text("curCode", currencyCode(c.company.currency));
    x.dateAndTime("dateCreated", "timeCreated", c.request.createdAt);
    x.text("softwareDesc", QStringLiteral("Aktivkafe"));
    x.text("softwareVersion", c.request.softwareVersion);
    x.text("softwareCompanyName", QStringLiteral("Aktivkafe"));
    x.text("auditfileVersion", QStringLiteral("1.0"));
    // The schema has no element for the time zone: every date and time below is local to it.
    x.text("headerComment", QStringLiteral("Dates and times are local to %1").arg(QString::fromUtf8(c.company.zone.id())));
    x.optional("userID", c.request.userId);
    x.close();
}

void writeVatCodes(Context& c, QDate entered) {
    saft::Xml& x = c.xml;
    x.open("vatCodeDetails");
    for (const saft::VatCode& v : saft::vatCodes(c.company.vatRegistered)) {
        x.open("vatCodeDetail");
        x.text("vatCode", v.code);
        x.date("dateOfEntry", entered);
        x.text("vatDesc", v.description);
        x.text("standardVatCode", v.standardCode);
        x.close();
    }
    x.close();
}

void writePeriods(Context& c) {
    saft::Xml& x = c.xml;
    x.open("periods");
    const QLocale english(QLocale::English);
    for (std::size_t i = 0; i < c.periodStarts.size(); ++i) {
        const QDate start = c.periodStarts[i];
        const QDate end = i + 1 < c.periodStarts.size() ? c.periodStarts[i + 1].addDays(-1) : c.request.to;
        x.open("period");
        x.number("periodNumber", qint64(i + 1));
        x.text("periodDesc", english.toString(start, QStringLiteral("MMMM yyyy")));
        x.date("startDatePeriod", start);
        x.text("startTimePeriod", QStringLiteral("00:00:00"));
        x.date("endDatePeriod", end);
        x.text("endTimePeriod", QStringLiteral("23:59:59"));
        x.close();
    }
    x.close();
}

Result<void> writeEmployees(Context& c, QDate entered) {
    saft::Xml& x = c.xml;
    auto q = c.db.query(QStringLiteral("SELECT id, name, role FROM staff ORDER BY id"));
    if (!q) return q.error();
    x.open("employees");
    while (q->next()) {
        // One name per person at the till ("Kari", "Ola N."): the schema wants a surname, so a
        // single word goes there and more words are split at the last space.
        const QString name = q->value(1).toString().simplified();
        const qsizetype space = name.lastIndexOf(u' ');
        const bool manager = q->value(2).toString() == QLatin1String("manager");
        x.open("employee");
        x.text("empID", q->value(0).toString());
        x.date("dateOfEntry", entered);
        x.text("timeOfEntry", QStringLiteral("00:00:00"));
        if (space > 0) x.text("firstName", name.left(space));
        x.text("surName", space > 0 ? name.mid(space + 1) : name);
        x.open("employeeRole");
        x.text("roleType", manager ? QStringLiteral("Manager") : QStringLiteral("Volunteer"));
        x.text("roleTypeDesc", manager ? QStringLiteral("Café manager") : QStringLiteral("Volunteer at the till"));
        x.close();
        x.close();
    }
    x.close();
    return {};
}

// Products as articles, grouped by their PredefinedBasicID-04 code; returns the codes used.
Result<QStringList> writeArticles(Context& c, QDate entered) {
    saft::Xml& x = c.xml;
    const QString name = c.company.currency == Currency::DKK ? QStringLiteral("name_da") : QStringLiteral("name_nb");
    auto q = c.db.query(QStringLiteral("SELECT id, %1, saft_basic_id FROM products ORDER BY id").arg(name));
    if (!q) return q.error();
    QStringList groups;
    x.open("articles");
    while (q->next()) {
        const QString group = q->value(2).toString();
        if (!groups.contains(group)) groups << group;
        x.open("article");
        x.text("artID", q->value(0).toString());
        x.date("dateOfEntry", entered);
        x.text("artGroupID", group);
        x.text("artDesc", q->value(1).toString());
        x.close();
    }
    x.close();
    // Sale lines keep the group the product had when sold.
    auto sold = c.db.query(QStringLiteral("SELECT DISTINCT saft_basic_id FROM sale_lines"));
    if (!sold) return sold.error();
    while (sold->next())
        if (!groups.contains(sold->value(0).toString())) groups << sold->value(0).toString();
    groups.sort();
    return groups;
}

void writeBasic(saft::Xml& x, const saft::Basic& b) {
    x.open("basic");
    x.text("basicType", b.basicType);
    x.text("basicID", b.basicId);
    x.optional("predefinedBasicID", b.predefined);
    x.text("basicDesc", b.description);
    x.close();
}

Result<void> writeBasics(Context& c, const QStringList& groups) {
    saft::Xml& x = c.xml;
    x.open("basics");
    for (const QString& g : groups) writeBasic(x, saft::articleGroup(g));
    for (const saft::Basic& b : saft::fixedBasics()) writeBasic(x, b);
    for (int i = 0; i < JournalKinds::count(); ++i) {
        const auto kind = static_cast<JournalKind>(i);
        if (const int code = JournalKinds::safTEvent(kind))
            writeBasic(x, saft::eventType(JournalKinds::name(kind), code));
    }
    // Discount reasons (08), as the lines' discount elements name them.
    auto q = c.db.query(QStringLiteral("SELECT code, text_en FROM discount_reasons ORDER BY sort_order, code"));
    if (!q) return q.error();
    while (q->next())
        writeBasic(x, {QStringLiteral("08"), q->value(0).toString(), QString(), q->value(1).toString()});
    writeBasic(x, {QStringLiteral("08"), QStringLiteral("DISCOUNT"), QString(), QStringLiteral("Discount without a reason")});
    x.close();
    return {};
}

// Every register that sold or recorded a cash-register event in the period. A register is an id
// that has sold, opened a business day or holds a signing key; the command line's own entries
// ("cli") and the kiosks' are not registers.
Result<QStringList> registers(Context& c) {
    const QString from = sql::utcText(c.fromUtc), to = sql::utcText(c.toUtc);
    auto q = c.db.query(QStringLiteral("WITH r(id) AS (SELECT DISTINCT register_id FROM sales UNION SELECT register_id"
                                       " FROM business_days UNION SELECT register_id FROM signing_keys UNION SELECT ?)"
                                       " SELECT id FROM r WHERE EXISTS (SELECT 1 FROM sales WHERE register_id = r.id"
                                       " AND created_at >= ? AND created_at < ?) OR EXISTS (SELECT 1 FROM journal"
                                       " WHERE register_id = r.id AND at >= ? AND at < ? AND kind IN (%1)) ORDER BY id")
                            .arg(saft::eventKindList()),
                        {c.request.registerId, from, to, from, to});
    if (!q) return q.error();
    QStringList ids;
    while (q->next()) ids << q->value(0).toString();
    return ids;
}

}  // namespace

QString saft::employeeOf(const QString& actor) {
    return actor.startsWith(QLatin1String("staff:")) ? actor.mid(6) : QString();
}

Result<SaftSummary> SaftExport::write(Database& db, const SaftCompany& company, const SaftRequest& request,
                                      QIODevice& out) {
    if (company.orgNumber.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The café has no organisation number. A SAF-T file names the company by it: set [cafe] "
                        "org_number in the configuration.")};
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error{ErrorCode::InvalidInput, tr("The period %1 to %2 is empty: the last day must not come before "
                                                 "the first.").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))};
    saft::Xml x(out, company.zone);
    SaftSummary summary;
    Context c{db, company, request, QDateTime(request.from, QTime(0, 0), company.zone).toUTC(),
              QDateTime(request.to.addDays(1), QTime(0, 0), company.zone).toUTC(), x, summary, {}};
    for (QDate d = request.from; d <= request.to; d = QDate(d.year(), d.month(), 1).addMonths(1))
        c.periodStarts.push_back(d);

    auto entered = firstDay(c);
    if (!entered) return entered.error();
    const QDate since = std::min(entered.value(), request.from);
    x.root("auditfile", "urn:StandardAuditFile-Taxation-CashRegister:NO");
    writeHeader(c);
    x.open("company");
    x.text("companyIdent", company.orgNumber);
    x.text("companyName", company.name);
    x.text("taxRegistrationCountry", QStringLiteral("NO"));
    if (company.vatRegistered) x.text("taxRegIdent", company.orgNumber + QStringLiteral("MVA"));
    writeVatCodes(c, since);
    writePeriods(c);
    if (auto r = writeEmployees(c, since); !r) return r.error();
    auto groups = writeArticles(c, since);
    if (!groups) return groups.error();
    if (auto r = writeBasics(c, groups.value()); !r) return r.error();
    auto ids = registers(c);
    if (!ids) return ids.error();
    x.open("location");
    x.text("name", company.name);
    for (const QString& id : ids.value()) {
        x.open("cashregister");
        x.text("registerID", id);
        x.text("regDesc", QStringLiteral("Till %1").arg(id));
        if (auto r = saft::writeEvents(c, id); !r) return r.error();
        if (auto r = saft::writeTransactions(c, id); !r) return r.error();
        x.close();
        ++summary.registers;
        if (x.failed()) break;
    }
    x.close();  // location
    x.close();  // company
    x.close();  // auditfile
    x.flush(true);
    if (x.failed())
        return Error{ErrorCode::Io, tr("The file could not be written: %1").arg(out.errorString())};
    return summary;
}

}  // namespace ak::compliance
