#pragma once
// A program the device rig runs against its hardware (an app with a walkthrough, or `aktivkafe
// devices watch`): started with the rig's environment, its output kept in a log file, and waited
// for step by step. The rig follows an app's walkthrough through the screenshots it saves: when
// OUT/NAME.png exists, the app has reached the step `shot NAME`, and the rig does what the step
// after it waits for (a scan, a card, a cable). Failures throw std::runtime_error.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace ak::rig {

// Processes events until `done` or `ms` passed; whether `done` came true.
bool waitUntil(const std::function<bool()>& done, int ms);

class RigProcess {
public:
    // `name` names it in messages and its log (LOGDIR/NAME.log, stdout and stderr together); an app
    // with a walkthrough saves its screenshots in shotDir.
    RigProcess(QString name, const QString& program, const QStringList& args, const QProcessEnvironment& env,
               const QString& logDir, QString shotDir = {});
    ~RigProcess();  // a program still running is killed
    RigProcess(const RigProcess&) = delete;
    RigProcess& operator=(const RigProcess&) = delete;

    // Waits until the walkthrough has saved SHOTDIR/NAME.png; throws when the program ends first or
    // `ms` pass.
    void waitForShot(const QString& name, int ms = 20000);
    // Waits until the output holds `text` (`times` times); throws when the program ends first or
    // `ms` pass.
    void waitForOutput(const QString& text, int ms = 10000, int times = 1);
    // Waits until the program ends by itself with exit code 0; throws otherwise.
    void finish(int ms = 20000);
    // Asks the program to stop (SIGINT, as Ctrl-C) and waits until it ended with exit code 0.
    void interrupt(int ms = 10000);

    QString output() const;  // what it wrote so far
    qint64 pid() const { return process_.processId(); }

private:
    [[noreturn]] void fail(const QString& what) const;
    void readOutput();

    const QString name_;
    const QString logPath_;
    const QString shotDir_;
    QProcess process_;
    QString output_;
};

}  // namespace ak::rig
