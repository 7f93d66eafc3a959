#include "tests/apps/rig/RigProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <stdexcept>

namespace ak::rig {

bool waitUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

RigProcess::RigProcess(QString name, const QString& program, const QStringList& args, const QProcessEnvironment& env,
                       const QString& logDir, QString shotDir)
    : name_(std::move(name)), logPath_(logDir + u'/' + name_ + QStringLiteral(".log")), shotDir_(std::move(shotDir)) {
    QFile(logPath_).remove();
    // Seconds since the program started on every log line, so that a slow step can be told from a
    // missed one when a run fails (the rig's checks look for the messages, not the lines' starts).
    QProcessEnvironment timed = env;
    if (!timed.contains(QStringLiteral("QT_MESSAGE_PATTERN")))
        timed.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                     QStringLiteral("[%{time process}] %{if-category}%{category}: %{endif}%{message}"));
    process_.setProcessEnvironment(timed);
    process_.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&process_, &QProcess::readyRead, [this] { readOutput(); });
    process_.start(program, args);
    if (!process_.waitForStarted(10000)) fail(QStringLiteral("cannot start %1: %2").arg(program, process_.errorString()));
}

RigProcess::~RigProcess() {
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
    readOutput();
}

void RigProcess::readOutput() {
    const QByteArray bytes = process_.readAll();
    if (bytes.isEmpty()) return;
    output_ += QString::fromUtf8(bytes);
    QFile log(logPath_);
    if (log.open(QIODevice::Append)) log.write(bytes);
}

QString RigProcess::output() const { return output_; }

void RigProcess::fail(const QString& what) const {
    const QString tail = output_.right(3000);
    throw std::runtime_error(QStringLiteral("%1: %2\n--- the end of its output (all of it in %3) ---\n%4")
                                 .arg(name_, what, logPath_, tail)
                                 .toStdString());
}

void RigProcess::waitForShot(const QString& name, int ms) {
    const QString path = shotDir_ + u'/' + name + QStringLiteral(".png");
    const bool there = waitUntil([&] { return QFile::exists(path) || process_.state() == QProcess::NotRunning; }, ms);
    readOutput();
    if (QFile::exists(path)) return;
    if (!there) fail(QStringLiteral("did not reach the walkthrough's step 'shot %1' within %2 s").arg(name).arg(ms / 1000));
    fail(QStringLiteral("ended (exit code %1) before the walkthrough's step 'shot %2'").arg(process_.exitCode()).arg(name));
}

void RigProcess::waitForOutput(const QString& text, int ms, int times) {
    const auto seen = [&] { return output_.count(text) >= times; };
    const bool there = waitUntil(
        [&] {
            readOutput();
            return seen() || process_.state() == QProcess::NotRunning;
        },
        ms);
    readOutput();
    if (seen()) return;
    if (!there) fail(QStringLiteral("did not print '%1' (%2 time(s)) within %3 s").arg(text).arg(times).arg(ms / 1000));
    fail(QStringLiteral("ended (exit code %1) without printing '%2' (%3 time(s))").arg(process_.exitCode()).arg(text).arg(times));
}

void RigProcess::finish(int ms) {
    const bool ended = waitUntil([&] { return process_.state() == QProcess::NotRunning; }, ms);
    readOutput();
    if (!ended) fail(QStringLiteral("did not end within %1 s").arg(ms / 1000));
    if (process_.exitStatus() != QProcess::NormalExit) fail(QStringLiteral("crashed"));
    if (process_.exitCode() != 0) fail(QStringLiteral("ended with exit code %1").arg(process_.exitCode()));
}

void RigProcess::interrupt(int ms) {
    if (process_.state() != QProcess::NotRunning) ::kill(static_cast<pid_t>(process_.processId()), SIGINT);
    finish(ms);
}

}  // namespace ak::rig
