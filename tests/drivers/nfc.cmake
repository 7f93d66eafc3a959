# NFC readers through PC/SC against a private pcscd with the vpcd driver and virtual cards of the
# test's own (TESTING.md "NFC through PC/SC"). Exits 77 (skipped) only without pcscd or vsmartcard-vpcd.
# RESOURCE_LOCK: a non-root run shares vpcd's ports with the machine (as root each pcscd has its own
# network namespace); serialising costs little.
ak_boost_test(NAME drivers_pcsc SOURCES PcscReaderTest.cpp LIBS ak_test_emulated ak_drivers Qt6::Test TIMEOUT 60
              LABELS Integration)
set_tests_properties(drivers_pcsc PROPERTIES SKIP_RETURN_CODE 77 RESOURCE_LOCK pcscd)
