#pragma once
// A QGuiApplication for suites that render receipts (fonts) or wait for signals (event loop).
// Declare once per test executable: BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);
// ak_boost_test sets QT_QPA_PLATFORM=offscreen, so no display is needed.

#include <QGuiApplication>

#include <memory>

struct GuiAppFixture {
    GuiAppFixture() {
        static int argc = 1;
        static char name[] = "drivers-test";
        static char* argv[] = {name, nullptr};
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");  // run by hand
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    std::unique_ptr<QGuiApplication> app;
};
