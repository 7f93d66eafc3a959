#pragma once
// Reads RFC 4180 text back into records (quoted fields may hold commas, line breaks and doubled
// quotes; every record ends with CRLF), failing the test on anything else.

#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <vector>

namespace ak::test {

inline std::vector<QStringList> csvRecords(const QString& text) {
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') field += text[++i];
            else if (ch == u'"') quoted = false;
            else field += ch;
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            record.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            field.clear();
            records.push_back(record);
            record.clear();
            ++i;
        } else {
            BOOST_TEST((ch != u'\r' && ch != u'\n'), "a bare line break outside quotes at " << i);
            field += ch;
        }
    }
    BOOST_TEST(!quoted, "a quoted field is not closed");
    BOOST_TEST((field.isEmpty() && record.isEmpty()), "the last record ends with CRLF");
    return records;
}

}  // namespace ak::test
