#include "model/project.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("project ids: the names Windows keeps for devices, in any case and with any extension") {
  for (const char* name : {"con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9", "CON", "Nul", "cOm3", "con.txt",
                           "nul.html", "AUX.tar.gz"})
    CHECK(is_windows_device_name(name));
  for (const char* name : {"", "co", "conn", "con-1", "com0", "com10", "lpt", "lptx", "console", "nul_", "xcon", ".con"})
    CHECK_FALSE(is_windows_device_name(name));
}

TEST_CASE("project ids: valid ids are file names on every system") {
  CHECK(is_valid_id("kf-1"));
  CHECK(is_valid_id("con-1"));
  CHECK(is_valid_id("com10"));
  CHECK_FALSE(is_valid_id("con"));
  CHECK_FALSE(is_valid_id("lpt1"));
  CHECK_FALSE(is_valid_id("con.txt"));
  CHECK(id_rule_broken_by("con") == kDeviceNameRule);
  CHECK(id_rule_broken_by("con.txt") == kIdRule);
  CHECK(id_rule_broken_by("../etc") == kIdRule);
}
