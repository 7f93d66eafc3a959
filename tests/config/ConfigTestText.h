#pragma once
// A small valid configuration for the loader tests, and helpers to change one line of it so that
// each test can predict the line number an error must point at.

#include <QByteArray>
#include <QList>

namespace ak::test {

// Line numbers are part of the tests: change them only together with the tests.
inline QByteArray minimalConfig() {
    return QByteArrayLiteral(
        "[cafe]\n"                        // 1
        "name = \"Testkafé\"\n"           // 2
        "country = \"NO\"\n"              // 3
        "languages = [\"nb\", \"en\"]\n"  // 4
        "vat_registered = false\n"        // 5
        "register_id = \"K1\"\n"          // 6
        "[kiosk]\n"                       // 7
        "id = \"door\"\n"                 // 8
        "[devices.printer]\n"             // 9
        "kind = \"simulated\"\n"          // 10
        "[devices.scanner]\n"             // 11
        "kind = \"simulated\"\n");        // 12
}

// Replaces line `line` (1-based) with `text` (which may hold several lines, or be empty to delete it).
inline QByteArray replaceLine(const QByteArray& config, int line, const QByteArray& text) {
    QList<QByteArray> lines = config.split('\n');
    lines[line - 1] = text;
    QByteArray out = lines.join('\n');
    return out;
}

// Inserts `text` as a new line after line `line` (0: at the top).
inline QByteArray insertAfter(const QByteArray& config, int line, const QByteArray& text) {
    QList<QByteArray> lines = config.split('\n');
    lines.insert(line, text);
    return lines.join('\n');
}

}  // namespace ak::test
