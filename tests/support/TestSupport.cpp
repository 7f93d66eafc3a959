#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QtGlobal>

#include <boost/test/unit_test.hpp>

std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

std::ostream& operator<<(std::ostream& os, const QByteArray& b) { return os << b.toHex(' ').toStdString(); }

namespace ak::test {

TempDir::TempDir() { dir_.setAutoRemove(qEnvironmentVariableIsEmpty("AK_KEEP_TEST_FILES")); }

QString sourceDir() { return QStringLiteral(AK_SOURCE_DIR); }

QString hex(const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex(' ')); }

QString toolOutput(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    BOOST_REQUIRE_MESSAGE(p.waitForFinished(20000), program.toStdString() << " did not finish");
    BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, QString::fromUtf8(p.readAllStandardError()).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace ak::test
