#pragma once
// The report for funders: one period of local days, visits and activities, every count as it may
// leave the café (DOMAIN.md "Who it is for": funders want numbers; "Privacy").
//
// Built from VisitStats::figures and ActivityStats::figures. Each section is a breakdown (visits per
// day, per ISO week, per month, by hour; new and returning; the kiosk's answers; one section per
// activity figure, per title with a total row). Each row keeps its exact count for the café and the
// text that may be shown:
// - primary suppression: every count from 1 to 4 is "<5" (shownCount());
// - secondary suppression (SecondarySuppression.h): the counts add up — the days of a week to the
//   week, the days of a month to the month, the days, weeks, months, hours, visitor kinds and each
//   question's answers to all visits, the titles to each activity figure's total, a title's withdrawn,
//   attended and no-show sign-ups to its sign-ups — and while a reader could work a "<5" back from
//   them, one more count is withheld as ":" ("5 or more, not shown so that a count under 5 cannot be
//   worked out"). The CSV and the PDF explain both marks in their footnotes.
//
// Words: labels, headings and footnotes go through tr() (context "FunderReport") when the report is
// built, so they follow the translator installed then (the command installs the one for --lang);
// dates and month names follow `locale`. Keys in the CSV stay English and stable.

#include "core/staff/StaffMember.h"
#include "core/util/Result.h"
#include "drivers/report/ReportDocument.h"
#include "drivers/report/ReportFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace ak {

class Clock;
class Database;

struct FunderRow {
    QString key;         // stable, not translated: "2025-03-04", "2025-W10", "08", "talk", a title, "total"
    QString label;       // for people, in the report's language
    int count = 0;       // exact: for the café only, never in the CSV, the PDF or the table
    QString shown;       // "12", "0", "<5" or ":" — what every output prints
    bool total = false;  // the total of the rows above it (activity sections)
};

struct FunderSection {
    QString id;       // stable: "total", "day", "week", "month", "hour", "visitors", "first_visit", "reason",
                      // "mood", "activities_held", "activities_cancelled", "signups", "signups_withdrawn",
                      // "signups_attended", "signups_no_show", "signups_waitlisted", "signups_promoted"
    QString heading;  // for people
    dev::ReportChart chart = dev::ReportChart::None;
    std::vector<FunderRow> rows;
};

class FunderReport {
    Q_DECLARE_TR_FUNCTIONS(FunderReport)  // the context "FunderReport", not "ak::FunderReport"

public:
    // The report's language when none is given: English as written in the code.
    static QLocale defaultLocale() { return QLocale(QLocale::English, QLocale::UnitedKingdom); }

    // InvalidInput when a date is invalid or `from` is after `to`; Storage. "Held" activities are
    // those started by clock.now().
    static Result<FunderReport> build(Database& db, QDate from, QDate to, const QTimeZone& zone, const Clock& clock,
                                      const QLocale& locale = defaultLocale());
    // The same for a person at the till: Permission when `asker` may not see reports (ViewReports,
    // re-read from the database: a session of someone demoted since is refused).
    static Result<FunderReport> buildFor(const StaffMember& asker, Database& db, QDate from, QDate to,
                                         const QTimeZone& zone, const Clock& clock, const QLocale& locale);

    QDate from() const { return from_; }
    QDate to() const { return to_; }
    QDateTime asOf() const { return asOf_; }         // UTC
    const QTimeZone& zone() const { return zone_; }  // the café's: days, hours and asOf are shown in it
    const QLocale& locale() const { return locale_; }
    const QString& cafeName() const { return cafeName_; }
    void setCafeName(const QString& name) { cafeName_ = name; }  // from the configuration; may stay empty

    QString title() const;
    QString period() const;  // "1 March 2025 – 31 March 2025" in the report's language
    QStringList footnotes() const;
    const std::vector<FunderSection>& sections() const { return sections_; }

    // RFC 4180, UTF-8, CRLF: a header "section,key,label,count", one record per row with its shown
    // count, then the footnotes as records of section "note" (key "<5" or ":", the text as label,
    // no count). Never an exact count from 1 to 4.
    QString toCsv() const;
    static QString csvHeader();
    // How an earlier CSV of this report is recognised, so that saving may replace it (ReportFile.h).
    dev::ReportFileKind csvFileKind() const;
    // For PdfReport: the same rows, bars from the shown counts only.
    dev::ReportDocument toDocument() const;

private:
    QDate from_;
    QDate to_;
    QDateTime asOf_;
    QTimeZone zone_;
    QLocale locale_;
    QString cafeName_;
    std::vector<FunderSection> sections_;
};

}  // namespace ak
