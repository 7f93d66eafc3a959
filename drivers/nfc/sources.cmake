# NFC readers through PC/SC (pcscd + CCID): included by drivers/CMakeLists.txt into ak_drivers.
# pcsclite is linked privately, so code that only uses the driver interfaces never needs its headers.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCSC REQUIRED IMPORTED_TARGET libpcsclite)
target_sources(ak_drivers PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PcscReader.h ${CMAKE_CURRENT_LIST_DIR}/PcscReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PcscCalls.h ${CMAKE_CURRENT_LIST_DIR}/PcscCalls.cpp)
target_link_libraries(ak_drivers PRIVATE PkgConfig::PCSC)
