#include "LanguageController.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "aktivkafe.ui.language")

namespace ak::ui {

namespace {
QString qmPath(const QString& code) { return QStringLiteral(":/i18n/aktivkafe_%1.qm").arg(code); }
}  // namespace

LanguageController::LanguageController(QQmlEngine* engine, QStringList codes, QObject* parent)
    : QObject(parent), engine_(engine) {
    // Offer only languages we can show: English is built in, others need their compiled catalogue.
    for (const QString& code : codes) {
        if (code == QLatin1String("en") || QFile::exists(qmPath(code))) {
            codes_.append(code);
        } else {
            qCWarning(lcLanguage) << "no translation for" << code << "- not offered";
        }
    }
    if (codes_.isEmpty()) codes_.append(QStringLiteral("en"));
    setLanguage(codes_.first());
}

LanguageController::~LanguageController() {
    // In tests the application may already be gone; then there is nothing to remove it from.
    if (translator_ && QCoreApplication::instance()) QCoreApplication::removeTranslator(translator_.get());
}

QVariantList LanguageController::languages() const {
    QVariantList list;
    for (const QString& code : codes_) {
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), nativeName(code)}});
    }
    return list;
}

QString LanguageController::nativeName(const QString& code) {
    // Each language is named in itself, so a visitor finds their own whatever is showing now.
    if (code == QLatin1String("nb")) return QStringLiteral("Norsk");
    if (code == QLatin1String("da")) return QStringLiteral("Dansk");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    const QLocale l(code);
    const QString n = l.nativeLanguageName();
    return n.isEmpty() ? code : n.left(1).toUpper() + n.mid(1);
}

QLocale LanguageController::localeFor(const QString& code) {
    if (code == QLatin1String("nb")) return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (code == QLatin1String("da")) return QLocale(QLocale::Danish, QLocale::Denmark);
    if (code == QLatin1String("en")) return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

QLocale LanguageController::locale() const { return localeFor(current_); }

bool LanguageController::setLanguage(const QString& code) {
    if (!codes_.contains(code)) {
        qCWarning(lcLanguage) << "language not offered:" << code;
        return false;
    }
    if (code == current_) return true;
    if (translator_) {
        QCoreApplication::removeTranslator(translator_.get());
        translator_.reset();
    }
    // English is the source language, but its .qm holds the plural forms ("1 cup", "2 cups").
    auto t = std::make_unique<QTranslator>();
    if (t->load(qmPath(code))) {
        QCoreApplication::installTranslator(t.get());
        translator_ = std::move(t);
    } else if (code != QLatin1String("en")) {
        qCWarning(lcLanguage) << "could not load" << qmPath(code);
    }
    current_ = code;
    QLocale::setDefault(localeFor(code));
    if (engine_) engine_->retranslate();
    emit currentChanged();
    return true;
}

}  // namespace ak::ui
