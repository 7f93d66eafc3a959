# USB receipt printers through libusb-1.0: the byte transport, enumeration for `aktivkafe devices`,
# and the hot-plug monitor. libusb itself is linked PRIVATE in drivers/CMakeLists.txt, so no
# public header here may include <libusb.h>.
target_sources(ak_drivers PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UsbLibusb.h ${CMAKE_CURRENT_LIST_DIR}/UsbLibusb.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UsbPrinters.h ${CMAKE_CURRENT_LIST_DIR}/UsbPrinters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UsbTransport.h ${CMAKE_CURRENT_LIST_DIR}/UsbTransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UsbTransportWorker.h ${CMAKE_CURRENT_LIST_DIR}/UsbTransportWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UsbHotplug.h ${CMAKE_CURRENT_LIST_DIR}/UsbHotplug.cpp
)
