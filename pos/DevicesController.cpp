#include "DevicesController.h"

#include "LanguageController.h"
#include "core/cash/CashDrawer.h"
#include "drivers/devices/ReaderGroup.h"

#include <QTime>

namespace ak {

DevicesController::DevicesController(const dev::TokenReader* readers, const CashDrawer& drawer,
                                     ui::LanguageController& language, QObject* parent)
    : QObject(parent),
      reader_(readers),
      group_(qobject_cast<const dev::ReaderGroup*>(readers)),
      drawer_(drawer),
      language_(language) {
    connect(&drawer_, &CashDrawer::changed, this, &DevicesController::changed);
    connect(&language_, &ui::LanguageController::currentChanged, this, &DevicesController::refresh);
    if (group_) connect(group_, &dev::ReaderGroup::readersChanged, this, &DevicesController::refresh);
    if (reader_) {
        connect(reader_, &dev::TokenReader::tokenRead, this, &DevicesController::onToken);
        // Queued: a reader's state changes several times while it starts; the last word counts.
        connect(reader_, &dev::PosDevice::stateChanged, this, &DevicesController::refresh, Qt::QueuedConnection);
    }
    refresh();
}

std::vector<const dev::TokenReader*> DevicesController::members() const {
    if (group_) return group_->readers();
    if (reader_) return {reader_};
    return {};
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

void DevicesController::refresh() {
    std::vector<QVariantMap> rows;
    {
        for (const dev::TokenReader* r : members()) {
            const bool ready = r->isWorking();
            QString state = ready ? tr("Ready.") : tr("Not ready: plug it in again, or check its cable.");
            if (!ready && r->powerState() == dev::PowerState::Offline) state = tr("Not answering: plug it in again.");
            // The reader's own words say best what is wrong (no permission, the service is not running).
            if (const QString why = group_ ? group_->problemOf(r) : QString(); !ready && !why.isEmpty()) state = why;
            rows.push_back({{QStringLiteral("readerId"), r->readerId()},
                            {QStringLiteral("name"), r->description()},
                            {QStringLiteral("stateText"), state},
                            {QStringLiteral("ready"), ready},
                            {QStringLiteral("lastText"), lastSeen_.value(r->readerId())}});
        }
        for (const auto& p : group_ ? group_->problems() : std::vector<dev::ReaderGroup::Problem>{}) {
            rows.push_back({{QStringLiteral("readerId"), p.readerId},
                            {QStringLiteral("name"), p.readerId},
                            {QStringLiteral("stateText"), tr("Cannot be used: %1").arg(p.error.message)},
                            {QStringLiteral("ready"), false},
                            {QStringLiteral("lastText"), QString()}});
        }
    }
    rows_.setRows(std::move(rows));
    emit changed();
}

}  // namespace ak
