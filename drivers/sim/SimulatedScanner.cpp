#include "drivers/sim/SimulatedScanner.h"

#include "drivers/Logging.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

namespace ak::dev {

SimulatedScanner::SimulatedScanner(QString readerId, QObject* parent)
    : TokenReader(parent), readerId_(std::move(readerId)) {}

SimulatedScanner::~SimulatedScanner() { (void)close(); }

QString SimulatedScanner::description() const { return QStringLiteral("simulated scanner (%1)").arg(readerId_); }

DeviceResult SimulatedScanner::scan(const QString& text, TokenRead::Kind kind, const QString& symbology) {
    if (DeviceResult r = requireEnabled(QStringLiteral("scan")); !r) return r;
    if (!plugged_) return DeviceError::make(DeviceError::Kind::NotFound, QStringLiteral("The scanner is not plugged in."));
    TokenRead token;
    token.kind = kind;
    token.readerId = readerId_;
    if (kind == TokenRead::Kind::Nfc) {
        token.raw = QByteArray::fromHex(text.toLatin1());
        token.text = QString::fromLatin1(token.raw.toHex().toUpper());
    } else {
        token.text = text;
        token.raw = text.toUtf8();
    }
    token.symbology = !symbology.isEmpty()                ? symbology
                      : kind == TokenRead::Kind::Qr       ? QStringLiteral("QR")
                      : kind == TokenRead::Kind::Barcode  ? QStringLiteral("Code128")
                                                          : QStringLiteral("ISO14443A");
    qCDebug(lcSim) << readerId_ << "read" << token.symbology << token.text;
    emit dataReceived();
    emit tokenRead(token);
    return {};
}

void SimulatedScanner::setPlugged(bool plugged) {
    if (plugged == plugged_) return;
    plugged_ = plugged;
    qCInfo(lcSim) << readerId_ << (plugged ? "plugged in" : "unplugged");
    if (!plugged && isOpen()) {
        reportError(DeviceError::make(DeviceError::Kind::NotFound, QStringLiteral("The scanner was unplugged.")));
        setPowerState(PowerState::Off);
    }
}

DeviceResult SimulatedScanner::openDevice() {
    if (!plugged_) return DeviceError::make(DeviceError::Kind::NotFound, QStringLiteral("The scanner is not plugged in."));
    setPowerState(PowerState::Online);
    return {};
}

void SimulatedScanner::setTyping(bool on) {
    if (on == typing_ || !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) return;
    typing_ = on;
    typed_.clear();
    if (on) QCoreApplication::instance()->installEventFilter(this);
    else QCoreApplication::instance()->removeEventFilter(this);
}

bool SimulatedScanner::eventFilter(QObject* watched, QEvent* event) {
    // Key presses reach the window first: take them there, once, and leave text fields alone (a
    // nickname typed on the kiosk is not a card code).
    if (event->type() != QEvent::KeyPress || !qobject_cast<QWindow*>(watched)) return false;
    const QObject* focus = QGuiApplication::focusObject();
    if (focus && (focus->inherits("QQuickTextInput") || focus->inherits("QQuickTextEdit"))) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Paste)) {
        const QString pasted = QGuiApplication::clipboard()->text().trimmed();
        typed_.clear();
        if (!pasted.isEmpty() && isEnabled()) (void)scan(pasted);
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString code = typed_.trimmed();
        typed_.clear();
        if (code.isEmpty()) return false;
        if (isEnabled()) (void)scan(code);
        return true;
    }
    if (key->key() == Qt::Key_Escape) typed_.clear();
    else if (key->key() == Qt::Key_Backspace) typed_.chop(1);
    else if (!key->text().isEmpty() && key->text().at(0).isPrint()) typed_ += key->text();
    return false;
}

}  // namespace ak::dev
