# USB receipt printers (drivers/usb) against printers emulated by umockdev (tests/support/emulated/
# UsbFakePrinter.h): the test binary runs itself again under umockdev-wrapper (its preload library
# redirects /sys, /dev and ioctl()), and exits 77 (skipped) when umockdev is not installed. Without libumockdev-dev it cannot be built:
# then a stand-in test reports the skip.
pkg_check_modules(UMOCKDEV IMPORTED_TARGET umockdev-1.0)
if(UMOCKDEV_FOUND)
    ak_boost_test(NAME drivers_usb SOURCES UsbTest.cpp LIBS ak_test_emulated ak_drivers Qt6::Test PkgConfig::UMOCKDEV
                  TIMEOUT 60)
else()
    add_test(NAME drivers_usb COMMAND sh -c "echo 'libumockdev-dev is not installed: USB tests skipped'; exit 77")
endif()
set_tests_properties(drivers_usb PROPERTIES SKIP_RETURN_CODE 77)
