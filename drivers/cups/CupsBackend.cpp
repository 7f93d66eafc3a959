#include "drivers/cups/CupsBackend.h"

#include "drivers/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace ak::dev {

QString CupsBackend::modulePath() {
    // /proc/self/exe rather than QCoreApplication::applicationDirPath(): a worker thread may ask
    // before (or without) an application object.
    const QString programDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir::cleanPath(programDir + u'/' + QStringLiteral(AK_CUPS_MODULE));
}

const CupsBackend* CupsBackend::load(const QString& path, QString* problem) {
    QLibrary library(path);  // the library stays loaded when this goes: the backend lives in it
    if (!library.load()) {
        *problem = QCoreApplication::translate("CupsBackend",
                                               "Printing through CUPS is not installed with this program (%1).")
                       .arg(library.errorString());
        return nullptr;
    }
    const auto entry = reinterpret_cast<const CupsBackend* (*)()>(library.resolve(kCupsBackendSymbol));
    if (!entry) {
        *problem = QCoreApplication::translate("CupsBackend",
                                               "%1 is not the CUPS module of this version of the program.")
                       .arg(library.fileName());
        return nullptr;
    }
    qCDebug(lcCups) << "loaded" << library.fileName();
    return entry();
}

const CupsBackend* CupsBackend::get(QString* problem) {
    struct Loaded {
        const CupsBackend* backend = nullptr;
        QString problem;
    };
    // Once for the program's run (a function-local static: safe from any thread).
    static const Loaded loaded = [] {
        Loaded l;
        l.backend = load(modulePath(), &l.problem);
        if (!l.backend) qCWarning(lcCups) << l.problem;
        return l;
    }();
    if (problem) *problem = loaded.problem;
    return loaded.backend;
}

}  // namespace ak::dev
