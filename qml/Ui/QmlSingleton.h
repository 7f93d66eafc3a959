#pragma once
// How the composition root hands an object it built to QML as a singleton (Qt 6.4 has no
// QQmlEngine::setSingletonInstance-style API for QML_SINGLETON types yet):
//
//   class TillController : public QObject, public ui::QmlSingleton<TillController> {
//       QML_NAMED_ELEMENT(Till) QML_SINGLETON ...
//   };
//   TillController till(...); TillController::setInstance(&till);  // before the engine loads QML
//
// The object stays owned by C++; QML never deletes it. One instance per type per process.

#include <QJSEngine>

class QQmlEngine;

namespace ak::ui {

template <class T>
class QmlSingleton {
public:
    static void setInstance(T* instance) { slot() = instance; }
    static T* create(QQmlEngine*, QJSEngine*) {
        Q_ASSERT_X(slot(), "QmlSingleton", "setInstance() must be called before QML loads");
        QJSEngine::setObjectOwnership(slot(), QJSEngine::CppOwnership);
        return slot();
    }

protected:
    ~QmlSingleton() {
        if (slot() == static_cast<T*>(this)) slot() = nullptr;
    }

private:
    static T*& slot() {
        static T* instance = nullptr;
        return instance;
    }
};

}  // namespace ak::ui
