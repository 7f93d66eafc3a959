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

#include <type_traits>
#include <utility>

class QQmlEngine;

namespace ak::ui {

template <class T>
class QmlSingleton {
public:
    static void setInstance(T* instance) {
        // A member named create() in T (an invokable, say) hides this create(): Qt then finds no
        // factory and QML gets `undefined` for the singleton, silently. Refuse to compile instead.
        static_assert(std::is_same_v<decltype(T::create(std::declval<QQmlEngine*>(), std::declval<QJSEngine*>())), T*>,
                      "T::create is hidden by a member of T named create; rename that member");
        slot() = instance;
    }
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
