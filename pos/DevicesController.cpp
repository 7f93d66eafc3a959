#include "DevicesController.h"

#include "LanguageController.h"
#include "core/cash/CashDrawer.h"
#include "drivers/devices/DeviceManager.h"

#include <QTime>

namespace ak {

DevicesController::DevicesController(const dev::DeviceManager& devices, const CashDrawer& drawer,
                                     ui::LanguageController& language, QObject* parent)
    : QObject(parent), devices_(devices), drawer_(drawer), language_(language) {
    connect(&drawer_, &CashDrawer::changed, this, &DevicesController::changed);
    connect(&language_, &ui::LanguageController::currentChanged, this, &DevicesController::refresh);
    connect(&devices_, &dev::DeviceManager::tokenRead, this, &DevicesController::onToken);
    // Queued: a reader's state changes several times while it starts; the last word counts.
    connect(&devices_, &dev::DeviceManager::changed, this, &DevicesController::refresh, Qt::QueuedConnection);
    refresh();
}

QString DevicesController::masked(const QString& token) {
    const QString t = token.trimmed();
    if (t.size() <= 6) return QStringLiteral("••••");
    return t.left(4) + QStringLiteral("…") + t.right(2);
}

QString DevicesController::drawerText() const {
    const std::optional<bool> open = drawer_.isOpen();
    if (!open) return tr("The drawer's sensor cannot be read (no sensor, or the printer is not answering).");
    return *open ? tr("The cash drawer is open.") : tr("The cash drawer is shut.");
}

bool DevicesController::readerProblem() const {
    for (const QVariantMap& row : rows_.rows())
        if (!row.value(QStringLiteral("ready")).toBool()) return true;
    return false;
}

void DevicesController::onToken(const dev::TokenRead& token) {
    //: %1 the start and end of what was read (masked), %2 the time, e.g. "AK1-…7Q at 14:02"
    lastSeen_[token.readerId] = tr("%1 at %2").arg(masked(token.text), QTime::currentTime().toString(QStringLiteral("HH:mm")));
    refresh();
}

QString DevicesController::wordsFor(const std::optional<dev::DeviceError>& error) {
    using Kind = dev::DeviceError::Kind;
    switch (error ? error->kind : Kind::Io) {
    case Kind::NotFound: return tr("Not plugged in: plug it in again.");
    case Kind::Busy: return tr("In use by another program: close it, or restart the computer.");
    case Kind::Config:
    case Kind::Unsupported: return tr("Cannot be used as it is set up: ask whoever set up the till.");
    default: return tr("Not ready: plug it in again, or check its cable.");
    }
}

void DevicesController::refresh() {
    std::vector<QVariantMap> rows;
    const dev::ReaderGroup& group = devices_.readers();
    for (const dev::TokenReader* r : group.readers()) {
        const bool ready = r->isWorking();
        const std::optional<dev::DeviceError> error = group.errorOf(r);
        rows.push_back({{QStringLiteral("readerId"), r->readerId()},
                        {QStringLiteral("name"), r->description()},
                        {QStringLiteral("stateText"), ready ? tr("Ready.") : wordsFor(error)},
                        {QStringLiteral("ready"), ready},
                        {QStringLiteral("lastText"), lastSeen_.value(r->readerId())},
                        {QStringLiteral("detailText"), !ready && error ? error->message : QString()}});
    }
    for (const auto& p : group.problems()) {
        rows.push_back({{QStringLiteral("readerId"), p.readerId},
                        {QStringLiteral("name"), p.readerId},
                        {QStringLiteral("stateText"), wordsFor(p.error)},
                        {QStringLiteral("ready"), false},
                        {QStringLiteral("lastText"), QString()},
                        {QStringLiteral("detailText"), p.error.message}});
    }
    rows_.setRows(std::move(rows));
    emit changed();
}

}  // namespace ak
