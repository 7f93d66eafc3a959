# Real scanners against emulated hardware (TESTING.md, umockdev). Included by tests/drivers/CMakeLists.txt.
#
# drivers_evdev creates umockdev's testbed in its own process and needs umockdev's preload library:
# run by hand or by CTest, it starts itself again under umockdev-wrapper. In the sanitizer build the
# preload library comes before the ASan runtime; AK_SANITIZER_ENV (top-level CMakeLists.txt) gives
# every test ASAN_OPTIONS=verify_asan_link_order=0 for that, and the environment survives the restart.
# Without libumockdev-dev the test cannot be built; it is then registered as skipped (77), not left out.
pkg_check_modules(UMOCKDEV IMPORTED_TARGET umockdev-1.0)
if(UMOCKDEV_FOUND)
    ak_boost_test(NAME drivers_evdev SOURCES EvdevWedgeTest.cpp LIBS ak_drivers Qt6::Test PkgConfig::UMOCKDEV
                  LABELS Integration TIMEOUT 60)
else()
    add_test(NAME drivers_evdev COMMAND sh -c "echo 'libumockdev-dev is not installed: skipped'; exit 77")
    set_tests_properties(drivers_evdev PROPERTIES LABELS Integration)
endif()
set_tests_properties(drivers_evdev PROPERTIES SKIP_RETURN_CODE 77)

# USB HID POS scanners: the report decoder, from report bytes (no device needed).
ak_boost_test(NAME drivers_hidpos SOURCES HidPosDecoderTest.cpp LIBS ak_drivers TIMEOUT 60)
