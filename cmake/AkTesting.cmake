# Helpers for the test suites. Boost.Test for C++ units, Qt Quick Test for QML.
find_package(Boost 1.74 REQUIRED COMPONENTS unit_test_framework)
find_package(Qt6 REQUIRED COMPONENTS Test QuickTest)

# The machine's time zone while the tests run: far from the café's (Europe/Oslo in the shipped
# configuration), so that a date or time taken from the machine's zone instead of [cafe] time_zone
# fails a test on every machine, not only on one set to another zone.
set(AK_TEST_MACHINE_TZ "America/Los_Angeles")

# ak_boost_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS Unit] [TIMEOUT s] [ENV K=V ...])
# One executable per suite; each source file may hold BOOST_AUTO_TEST_SUITEs, the main is generated.
function(ak_boost_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    set(main ${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}_main.cpp)
    file(CONFIGURE OUTPUT ${main} CONTENT
        "#define BOOST_TEST_MODULE ${T_NAME}\n#include <boost/test/unit_test.hpp>\n")
    add_executable(${T_NAME} ${main} ${T_SOURCES})
    if(TARGET ak_test_pch)
        target_precompile_headers(${T_NAME} REUSE_FROM ak_test_pch)
        # The generated main defines BOOST_TEST_MODULE before Boost.Test's header: it must see it first.
        set_source_files_properties(${main} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
    target_compile_definitions(${T_NAME} PRIVATE BOOST_TEST_DYN_LINK)
    target_link_libraries(${T_NAME} PRIVATE Boost::unit_test_framework ak_test_support ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} --log_level=test_suite --report_level=short)
    if(NOT T_LABELS)
        set(T_LABELS Unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=${AK_TEST_MACHINE_TZ};${AK_SANITIZER_ENV};${T_ENV}")
endfunction()

# ak_boost_test_on_postgres(NAME): the suite NAME (made by ak_boost_test, opening its databases
# through tests/core/CoreFixtures' openOrFail) once more on a private PostgreSQL server, as
# NAME_pg with the label Postgres; skipped (77) where PostgreSQL is not installed.
function(ak_boost_test_on_postgres name)
    add_test(NAME ${name}_pg COMMAND ${name} --log_level=test_suite --report_level=short)
    get_test_property(${name} TIMEOUT timeout)
    get_test_property(${name} ENVIRONMENT environment)
    get_test_property(${name} LABELS labels)
    set_tests_properties(${name}_pg PROPERTIES LABELS "${labels};Postgres" TIMEOUT ${timeout} SKIP_RETURN_CODE 77
        ENVIRONMENT "${environment};AK_TEST_DATABASE=postgresql")
endfunction()
