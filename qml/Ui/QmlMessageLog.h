#pragma once
// Collects warnings and errors while an app loads and shows its screens, so --self-test can fail
// on a broken binding or a missing import instead of printing it and carrying on.
// Logs may nest (each collects what happens while it lives); messages still reach the handler
// that was installed before the outermost one.

#include <QStringList>
#include <QtGlobal>

namespace ak::ui {

class QmlMessageLog {
public:
    QmlMessageLog();
    ~QmlMessageLog();
    QmlMessageLog(const QmlMessageLog&) = delete;
    QmlMessageLog& operator=(const QmlMessageLog&) = delete;

    QStringList problems() const { return problems_; }
    void clear() { problems_.clear(); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
    QStringList problems_;
    QmlMessageLog* outer_ = nullptr;
    QtMessageHandler previous_ = nullptr;
};

}  // namespace ak::ui
