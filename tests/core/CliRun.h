#pragma once
// Runs the real aktivkafe binary (AK_CLI, set by CMake) in Oslo time, as the café's machine would.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

namespace ak::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// `env`: extra variables (CUPS_SERVER) over the test's own environment.
inline CliRun runAktivkafe(const QStringList& args, const QProcessEnvironment& env = {}) {
    const QString program = qEnvironmentVariable("AK_CLI");
    BOOST_TEST_REQUIRE(!program.isEmpty(), "AK_CLI must name the aktivkafe binary");
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    all.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));  // the café's days
    all.insert(env);
    QProcess p;
    p.setProcessEnvironment(all);
    p.start(program, args);
    BOOST_TEST_REQUIRE(p.waitForFinished(60'000));
    BOOST_TEST_REQUIRE((p.exitStatus() == QProcess::NormalExit));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace ak::test
