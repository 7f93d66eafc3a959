#include "QmlMessageLog.h"

namespace ak::ui {

namespace {
QmlMessageLog* s_innermost = nullptr;
}

QmlMessageLog::QmlMessageLog() : outer_(s_innermost) {
    s_innermost = this;
    previous_ = qInstallMessageHandler(&QmlMessageLog::handler);
}

QmlMessageLog::~QmlMessageLog() {
    qInstallMessageHandler(previous_);
    s_innermost = outer_;
}

void QmlMessageLog::handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    QtMessageHandler base = nullptr;
    for (QmlMessageLog* log = s_innermost; log; log = log->outer_) {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
            const QString where = context.category ? QString::fromLatin1(context.category) : QString();
            log->problems_.append(where.isEmpty() ? message : where + QStringLiteral(": ") + message);
        }
        base = log->previous_;  // the outermost log's: the handler from before any log
    }
    if (base) {
        base(type, context, message);
    } else {
        qt_message_output(type, context, message);
    }
}

}  // namespace ak::ui
