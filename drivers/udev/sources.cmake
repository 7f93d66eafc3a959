# Scanners plugged in and taken away, from udev's monitor (libudev, as Qt's own evdev support uses).
# Included by drivers/CMakeLists.txt.
target_sources(ak_drivers PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UdevMonitor.h ${CMAKE_CURRENT_LIST_DIR}/UdevMonitor.cpp
)
target_link_libraries(ak_drivers PRIVATE PkgConfig::LIBUDEV)
