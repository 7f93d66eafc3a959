# Real scanners: report decoding from bytes, and the readers against emulated hardware (TESTING.md,
# umockdev). Included by tests/drivers/CMakeLists.txt.

# USB HID POS scanners: the report decoder, from report bytes (no device needed).
ak_boost_test(NAME drivers_hidpos SOURCES HidPosDecoderTest.cpp LIBS ak_drivers TIMEOUT 60)

# drivers_evdev (keyboard-wedge scanner on /dev/input/eventN), drivers_hidpos_replay (HID POS
# scanner on /dev/hidrawN) and drivers_udev (udev's monitor) create umockdev's testbed in their own
# process and need umockdev's preload library: run by hand or by CTest, they start themselves again under umockdev-wrapper
# (tests/drivers/EvdevUmockdevApp.h). In the sanitizer build the preload library comes before the
# ASan runtime; AK_SANITIZER_ENV (top-level CMakeLists.txt) gives every test
# ASAN_OPTIONS=verify_asan_link_order=0 for that, and the environment survives the restart.
# Without libumockdev-dev they cannot be built; they are then registered as skipped (77), not left out.
set(ak_umockdev_tests drivers_evdev drivers_hidpos_replay drivers_udev)
pkg_check_modules(UMOCKDEV IMPORTED_TARGET umockdev-1.0)
if(UMOCKDEV_FOUND)
    ak_boost_test(NAME drivers_evdev SOURCES EvdevWedgeTest.cpp EvdevUmockdevApp.h
                  LIBS ak_drivers Qt6::Test PkgConfig::UMOCKDEV LABELS Integration TIMEOUT 60)
    ak_boost_test(NAME drivers_hidpos_replay SOURCES HidPosReaderTest.cpp EvdevUmockdevApp.h
                  LIBS ak_drivers Qt6::Test PkgConfig::UMOCKDEV LABELS Integration TIMEOUT 60)
    # Scanners plugged in and out as udev's monitor tells it, and the device manager's answer.
    ak_boost_test(NAME drivers_udev SOURCES UdevMonitorTest.cpp EvdevUmockdevApp.h
                  LIBS ak_test_emulated ak_drivers Qt6::Test PkgConfig::UMOCKDEV LABELS Integration TIMEOUT 60)
else()
    foreach(t IN LISTS ak_umockdev_tests)
        add_test(NAME ${t} COMMAND sh -c "echo 'libumockdev-dev is not installed: skipped'; exit 77")
        set_tests_properties(${t} PROPERTIES LABELS Integration)
    endforeach()
endif()
set_tests_properties(${ak_umockdev_tests} PROPERTIES SKIP_RETURN_CODE 77)
