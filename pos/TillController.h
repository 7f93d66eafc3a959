#pragma once
// Facts about this till for every screen: the café's name, the idle lock time. QML singleton `Till`.
// Ownership: main.cpp owns it and registers it with setInstance() before QML loads.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

namespace ak {

struct TillSettings {
    QString cafeName;
    QString registerId;
    int idleLockMs = 300000;
};

class TillController : public QObject, public ui::QmlSingleton<TillController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Till)
    QML_SINGLETON
    Q_PROPERTY(QString cafeName READ cafeName CONSTANT)
    Q_PROPERTY(QString registerId READ registerId CONSTANT)
    Q_PROPERTY(int idleLockMs READ idleLockMs CONSTANT)

public:
    explicit TillController(TillSettings settings, QObject* parent = nullptr)
        : QObject(parent), settings_(std::move(settings)) {}

    QString cafeName() const { return settings_.cafeName; }
    QString registerId() const { return settings_.registerId; }
    int idleLockMs() const { return settings_.idleLockMs; }

private:
    TillSettings settings_;
};

}  // namespace ak
