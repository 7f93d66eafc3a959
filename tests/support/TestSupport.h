#pragma once
// Helpers shared by the Boost.Test suites.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

// Lets BOOST_TEST print QString and QByteArray values when a comparison fails.
std::ostream& operator<<(std::ostream& os, const QString& s);
std::ostream& operator<<(std::ostream& os, const QByteArray& b);

namespace ak::test {

// A fresh temporary directory that is removed when the object goes away.
// Set AK_KEEP_TEST_FILES=1 to keep it for inspection.
class TempDir {
public:
    TempDir();
    QString path() const { return dir_.path(); }
    QString file(const QString& name) const { return dir_.filePath(name); }

private:
    QTemporaryDir dir_;
};

// Source folder of the repository (for config/ and test data), set by CMake through AK_SOURCE_DIR.
QString sourceDir();

// Hex dump "1b 40 1b 74 13" for readable byte-level failures.
QString hex(const QByteArray& bytes);

// What a command-line tool (pdftotext, pdfinfo, ...) prints; the test fails if it does not finish
// within 20 s or exits with an error (its stderr is the message).
QString toolOutput(const QString& program, const QStringList& args);

}  // namespace ak::test
