#include "tests/support/TestSupport.h"

#include <QtGlobal>

std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

std::ostream& operator<<(std::ostream& os, const QByteArray& b) { return os << b.toHex(' ').toStdString(); }

namespace ak::test {

TempDir::TempDir() { dir_.setAutoRemove(qEnvironmentVariableIsEmpty("AK_KEEP_TEST_FILES")); }

QString sourceDir() { return QStringLiteral(AK_SOURCE_DIR); }

QString hex(const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex(' ')); }

}  // namespace ak::test
