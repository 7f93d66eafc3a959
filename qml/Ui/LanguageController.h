#pragma once
// The language of one app's screens. Both apps share it through Aktivkafe.Ui as the QML singleton
// `Language`. Translations are the compiled .qm files under :/i18n (see config/translations/);
// English is the source language. Ownership: the composition root owns the controller and
// registers it with setInstance() before the QML engine loads anything.

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "QmlSingleton.h"

class QQmlEngine;

namespace ak::ui {

class LanguageController : public QObject, public QmlSingleton<LanguageController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)

public:
    // `codes` in the order offered ("nb", "da", "en"); the first is the default.
    LanguageController(QQmlEngine* engine, QStringList codes, QObject* parent = nullptr);
    ~LanguageController() override;

    QString current() const { return current_; }
    QString defaultLanguage() const { return codes_.value(0, QStringLiteral("en")); }
    QStringList codes() const { return codes_; }
    QVariantList languages() const;  // [{code, name}] with each language's own name ("Norsk")
    QLocale locale() const;

    // Switches translations and number/date formats at once; unknown codes are refused.
    Q_INVOKABLE bool setLanguage(const QString& code);
    Q_INVOKABLE void reset() { setLanguage(defaultLanguage()); }

    static QString nativeName(const QString& code);
    static QLocale localeFor(const QString& code);

signals:
    void currentChanged();

private:
    QQmlEngine* engine_;
    QStringList codes_;
    QString current_;
    std::unique_ptr<QTranslator> translator_;
};

}  // namespace ak::ui
