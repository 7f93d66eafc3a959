# Real scanners (ARCHITECTURE.md, token readers): keyboard-wedge scanners on their own evdev node
# and USB HID POS scanners on hidraw. Included by drivers/CMakeLists.txt.
target_sources(ak_drivers PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EvdevWedgeReader.h ${CMAKE_CURRENT_LIST_DIR}/EvdevWedgeReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HidPosDecoder.h ${CMAKE_CURRENT_LIST_DIR}/HidPosDecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HidPosReader.h ${CMAKE_CURRENT_LIST_DIR}/HidPosReader.cpp
)
