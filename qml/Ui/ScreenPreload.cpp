#include "ScreenPreload.h"

#include <QFontDatabase>

namespace ak::ui {

ScreenPreload::ScreenPreload(QQmlEngine& engine, const QUrl& mainQml) : screens_(&engine) {
    // QFontDatabase is thread-safe (Qt 6): filling it here is what the first Text would otherwise do.
    fonts_.reset(QThread::create([] { (void)QFontDatabase::families(); }));
    fonts_->start();
    screens_.loadUrl(mainQml, QQmlComponent::Asynchronous);
}

ScreenPreload::~ScreenPreload() { fonts_->wait(); }

}  // namespace ak::ui
