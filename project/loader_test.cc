#include "project/loader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

using Strings = std::vector<std::string>;

constexpr const char* kSettings = R"(
[site]
title = "Socialnämndens måluppföljning"
organisation = "Ronneby kommun"

[periods]
current = "2016"
)";

constexpr const char* kIndicators = R"(
[[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { at_most = 94, change = "decrease" }

[[indicator]]
id = "unga-ej-ateraktualiserade"
title = "Andel ungdomar som inte återaktualiseras"
unit = "%"
direction = "higher"
target = { at_least = 90 }
)";

constexpr const char* kGoals = R"(
[[goal]]
id = "sn-behandling-narmiljo"
title = "Erbjudas barn behandling i närmiljön."
level = "namnd"
decided_by = "Socialnämnden"
indicators = ["placerade-barn"]
)";

// A project folder under the system's temp folder, removed again at the end of the test.
class TempProject {
 public:
  TempProject() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() /
           ("jamfor-loader-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~TempProject() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TempProject(const TempProject&) = delete;
  TempProject& operator=(const TempProject&) = delete;

  // The three files every test starts from; a test then replaces the one it is about.
  TempProject& valid() {
    return write("jamfor.toml", kSettings).write("indicators.toml", kIndicators).write("goals.toml", kGoals);
  }

  TempProject& write(const std::string& relative, std::string_view content) {
    fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return *this;
  }

  std::optional<Project> load() {
    diags_ = Diagnostics();
    return load_project(dir_.string(), diags_);
  }

  // The diagnostics, with the temp folder cut from the paths: "goals.toml:3:1: error: …".
  Strings errors() const {
    const std::string prefix = dir_.string() + "/";
    Strings out;
    for (const auto& d : diags_.items()) {
      std::string text = d.format();
      for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
      out.push_back(text);
    }
    return out;
  }

  Strings warnings() const {
    const std::string prefix = dir_.string() + "/";
    Strings out;
    for (const auto& d : diags_.warnings()) {
      std::string text = d.format();
      for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
      out.push_back(text);
    }
    return out;
  }

  std::string dir() const { return dir_.string(); }

 private:
  fs::path dir_;
  Diagnostics diags_;
};

}  // namespace

// --- the happy path ------------------------------------------------------------------------

TEST_CASE("project: a complete project loads without diagnostics") {
  TempProject p;
  p.write("jamfor.toml", R"(
[site]
title = "Socialnämndens måluppföljning"
organisation = "Ronneby kommun"
description = "Kvalitetsberättelse 2016"

[periods]
current = "2016"
list = ["2016", "2015"]

[status]
partial_tolerance = 0
partial_if_improved = false
goal_rollup = "share"
achieved_share = 50

[[unit]]
id = "ekonomiskt-bistand"
name = "Ekonomiskt bistånd"
)");
  p.write("indicators.toml", kIndicators);
  p.write("goals.toml", R"(
[[goal]]
id = "kf-unga"
title = "70 % av ungdomar 13-20 år ska ej vara återaktualiserade."
level = "kf"
decided_by = "Kommunfullmäktige"
decided = 2015-11-26
reference = "KF 2015-11-26 § 245"
indicators = [{ id = "unga-ej-ateraktualiserade", target = { at_least = 70 } }]

[[goal]]
id = "sn-unga"
title = "Barn och ungdomars behov av stöd ska minska."
level = "namnd"
decided_by = "Socialnämnden"
parent = "kf-unga"
description = "Se *kvalitetsberättelsen*."
indicators = ["unga-ej-ateraktualiserade", "placerade-barn"]
)");
  p.write("outcomes/2016.csv",
          "indikator;period;kön;enhet;värde;kommentar\n"
          "placerade-barn;2015;T;;95;\n"
          "placerade-barn;2016;T;;67;\n"
          "unga-ej-ateraktualiserade;2016;K;ekonomiskt-bistand;79;liten grupp\n");
  p.write("judgements.toml", R"(
[[judgement]]
goal = "sn-unga"
period = "2016"
unit = "ekonomiskt-bistand"
status = "delvis uppnått"
motivation = """
Fler ungdomar har fått stöd i hemmet.
"""
)");
  p.write("analyses/2016/sn-unga.md", "\xEF\xBB\xBF# Analys\n\nBra.\n");

  auto project = p.load();
  CHECK(p.errors().empty());
  REQUIRE(project);

  const SiteSettings& s = project->settings;
  CHECK(project->root == p.dir());
  CHECK(s.title == "Socialnämndens måluppföljning");
  CHECK(s.organisation == "Ronneby kommun");
  CHECK(s.language == "sv");
  CHECK(s.description == "Kvalitetsberättelse 2016");
  CHECK(s.current_period == *parse_period("2016"));
  CHECK(s.periods == std::vector<Period>{*parse_period("2015"), *parse_period("2016")});  // sorted
  CHECK(s.rules.partial_tolerance_percent == 0);
  CHECK_FALSE(s.rules.partial_if_improved);
  CHECK(s.rules.goal_rollup == Rollup::Share);
  CHECK(s.rules.achieved_share_percent == 50);
  REQUIRE(project->units.size() == 1);
  CHECK(project->units[0].name == "Ekonomiskt bistånd");

  REQUIRE(project->indicators.size() == 2);
  const Indicator& barn = project->indicators[0];
  CHECK(barn.id == "placerade-barn");
  CHECK(barn.direction == Direction::LowerIsBetter);
  REQUIRE(barn.target);
  CHECK(barn.target->at_most == 94.0);
  CHECK(barn.target->change == Change::Decrease);

  REQUIRE(project->goals.size() == 2);
  const Goal& kf = project->goals[0];
  CHECK(kf.level == GoalLevel::Council);
  CHECK(kf.decided == "2015-11-26");
  CHECK(kf.reference == "KF 2015-11-26 § 245");
  REQUIRE(kf.indicators.size() == 1);
  REQUIRE(kf.indicators[0].target);
  CHECK(kf.indicators[0].target->at_least == 70.0);
  const Goal& sn = project->goals[1];
  CHECK(sn.level == GoalLevel::Committee);
  CHECK(sn.parent == "kf-unga");
  CHECK(sn.description == "Se *kvalitetsberättelsen*.");
  REQUIRE(sn.indicators.size() == 2);
  CHECK_FALSE(sn.indicators[0].target);

  REQUIRE(project->outcomes.size() == 3);
  CHECK(project->outcomes[2].gender == Gender::Women);
  CHECK(project->outcomes[2].unit_id == "ekonomiskt-bistand");
  CHECK(project->outcomes[2].comment == "liten grupp");

  REQUIRE(project->judgements.size() == 1);
  const Judgement& j = project->judgements[0];
  CHECK(j.subject == Subject::Goal);
  CHECK(j.subject_id == "sn-unga");
  CHECK(j.status == Status::PartiallyAchieved);
  CHECK(j.motivation == "Fler ungdomar har fått stöd i hemmet.\n");

  REQUIRE(project->analyses.size() == 1);
  CHECK(project->analyses[0].subject == Subject::Goal);
  CHECK(project->analyses[0].period == *parse_period("2016"));
  CHECK(project->analyses[0].markdown == "# Analys\n\nBra.\n");  // without the byte-order mark
}

TEST_CASE("project: only jamfor.toml and goals.toml are required") {
  TempProject p;
  p.write("jamfor.toml", kSettings).write("goals.toml", R"(
[[goal]]
id = "bemotande"
title = "Gott bemötande"
level = "enhet"
decided_by = "Ekonomiskt bistånd"
)");
  auto project = p.load();
  CHECK(p.errors().empty());
  REQUIRE(project);
  CHECK(project->goals[0].level == GoalLevel::Unit);
  CHECK(project->settings.rules.partial_tolerance_percent == 10);
  CHECK(project->settings.rules.partial_if_improved);
  CHECK(project->settings.rules.goal_rollup == Rollup::Mixed);
}

TEST_CASE("project: without a period list, every period found is shown, sorted") {
  TempProject p;
  p.valid();
  p.write("outcomes/a.csv", "indikator;period;värde\nplacerade-barn;2018-jan-aug;50\nplacerade-barn;2014;99\n");
  p.write("judgements.toml", R"(
[[judgement]]
indicator = "placerade-barn"
period = "2017"
status = "achieved"
motivation = "Ja."
)");
  auto project = p.load();
  CHECK(p.errors().empty());
  REQUIRE(project);
  std::vector<std::string> ids;
  for (const auto& period : project->settings.periods) ids.push_back(period.id());
  CHECK(ids == Strings{"2014", "2016", "2017", "2018-jan-aug"});
}

TEST_CASE("project: every outcomes file is read, and a byte-order mark is accepted") {
  TempProject p;
  p.valid();
  p.write("outcomes/a.csv", "\xEF\xBB\xBFindikator;period;värde\r\nplacerade-barn;2015;95\r\n");
  p.write("outcomes/b.csv", "indicator,period,value\nplacerade-barn,2016,67\n");
  p.write("outcomes/notes.txt", "not read");
  auto project = p.load();
  CHECK(p.errors().empty());
  REQUIRE(project);
  CHECK(project->outcomes.size() == 2);
}

// --- missing files -------------------------------------------------------------------------

TEST_CASE("project: a folder that does not exist") {
  TempProject p;
  Diagnostics diags;
  CHECK_FALSE(load_project(p.dir() + "/nowhere", diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].format() ==
        p.dir() + "/nowhere: error: expected a project folder with jamfor.toml, got no such folder");
}

TEST_CASE("project: missing jamfor.toml") {
  TempProject p;
  p.write("goals.toml", kGoals).write("indicators.toml", kIndicators);
  CHECK_FALSE(p.load());
  CHECK(p.errors() ==
        Strings{"jamfor.toml: error: missing: every project needs jamfor.toml (see docs/project-format.md)"});
}

TEST_CASE("project: missing goals.toml") {
  TempProject p;
  p.write("jamfor.toml", kSettings);
  CHECK_FALSE(p.load());
  CHECK(p.errors() ==
        Strings{"goals.toml: error: missing: every project needs goals.toml (see docs/project-format.md)"});
}

// --- TOML ------------------------------------------------------------------------------------

TEST_CASE("project: a TOML syntax error names the line") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "a"
title = "Ett mål utan slut
level = "kf"
)");
  CHECK_FALSE(p.load());
  auto errors = p.errors();
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("goals.toml:3:"));
  CHECK_THAT(errors[0], Catch::Contains(": error: "));
}

TEST_CASE("project: a jamfor.toml that is not TOML is the only error, not the files that name its series") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "language = \"sv\"\nlanguage = \"en\"\n[[reference]]\nid = \"riket\"\nname = \"Riket\"\n");
  p.write("outcomes/riket-2016.csv", "indicator;period;value\nplacerade-barn;2016;12\n");
  CHECK_FALSE(p.load());
  auto errors = p.errors();
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("jamfor.toml:"));
}

TEST_CASE("project: a TOML file with a byte-order mark") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string("\xEF\xBB\xBF") + kSettings);
  CHECK(p.load());
  CHECK(p.errors().empty());
}

TEST_CASE("project: an unknown key suggests the closest known key") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
directon = "lower"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:1:1: error: missing key 'direction' (a string)",
                              "indicators.toml:5:1: error: unknown key 'directon' (did you mean 'direction'?)"});
}

TEST_CASE("project: an unknown top-level table") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[statuss]\ngoal_rollup = \"worst\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:9:2: error: unknown key 'statuss' (did you mean 'status'?)"});
}

TEST_CASE("project: the site's language is sv or en") {
  auto with_language = [](std::string_view language) {
    return "\n[site]\nlanguage = \"" + std::string(language) + "\"" + std::string(kSettings).substr(7);
  };
  TempProject p;
  p.valid().write("jamfor.toml", with_language("en"));
  auto project = p.load();
  REQUIRE(project);
  CHECK(project->settings.language == "en");
  p.write("jamfor.toml", with_language("fr"));
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:3:12: error: expected one of 'sv', 'en' for 'language', got 'fr'"});
}

TEST_CASE("project: a choice names the allowed values") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "a"
title = "Mål"
level = "kommun"
decided_by = "Kommunfullmäktige"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:4:9: error: expected one of 'kf', 'namnd', 'enhet' for 'level', got 'kommun'"});
}

TEST_CASE("project: a value of the wrong type") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
decimals = "två"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:6:12: error: expected an integer for 'decimals', got a string ('två')"});
}

// --- ids -------------------------------------------------------------------------------------

TEST_CASE("project: an id that could leave the site folder is rejected") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "../etc"
title = "Mål"
level = "kf"
decided_by = "Kommunfullmäktige"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:2:6: error: expected an id of 1-64 characters a-z, 0-9, '-' and '_', "
                              "starting with a letter or digit for the goal, got '../etc'"});
}

TEST_CASE("project: an id with capitals or spaces is rejected") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "Kf 1"
title = "Indikator"
unit = "st"
direction = "lower"
)");
  CHECK_FALSE(p.load());
  auto errors = p.errors();
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0] == "indicators.toml:2:6: error: expected an id of 1-64 characters a-z, 0-9, '-' and '_', "
                     "starting with a letter or digit for the indicator, got 'Kf 1'");
}

TEST_CASE("project: ids are at most 64 characters") {
  TempProject p;
  const std::string longest(64, 'a');
  p.valid().write("goals.toml", "[[goal]]\nid = \"" + longest + "\"\ntitle = \"M\"\nlevel = \"kf\"\ndecided_by = \"KF\"\n");
  CHECK(p.load());
  p.write("goals.toml", "[[goal]]\nid = \"" + longest + "b\"\ntitle = \"M\"\nlevel = \"kf\"\ndecided_by = \"KF\"\n");
  CHECK_FALSE(p.load());
  REQUIRE(p.errors().size() == 1);
  CHECK_THAT(p.errors()[0], Catch::StartsWith("goals.toml:2:6: error: expected an id of 1-64 characters"));
}

TEST_CASE("project: a name Windows keeps for a device is no id") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[[unit]]\nid = \"aux\"\nname = \"Enhet\"\n");
  p.write("indicators.toml", std::string(kIndicators) + R"(
[[indicator]]
id = "lpt1"
title = "Indikator"
unit = "st"
direction = "lower"
)");
  p.write("goals.toml", R"([[goal]]
id = "con"
title = "Mål"
level = "kf"
decided_by = "Kommunfullmäktige"

[[goal]]
id = "nul.html"
title = "Mål"
level = "kf"
decided_by = "Kommunfullmäktige"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:10:6: error: expected an id that is not a device name on Windows (con, prn, aux, nul, "
                              "com1-com9, lpt1-lpt9) for the unit, got 'aux'",
                              "indicators.toml:17:6: error: expected an id that is not a device name on Windows (con, prn, aux, "
                              "nul, com1-com9, lpt1-lpt9) for the indicator, got 'lpt1'",
                              "goals.toml:2:6: error: expected an id that is not a device name on Windows (con, prn, aux, nul, "
                              "com1-com9, lpt1-lpt9) for the goal, got 'con'",
                              "goals.toml:8:6: error: expected an id of 1-64 characters a-z, 0-9, '-' and '_', starting with a "
                              "letter or digit for the goal, got 'nul.html'"});
  // The analysis of such an id names no goal or indicator.
  p.valid().write("analyses/2016/con.md", "Text.");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/con.md: error: expected a goal or indicator id as the file name, got 'con'"});
}

TEST_CASE("project: a goal defined twice") {
  TempProject p;
  p.valid().write("goals.toml", std::string(kGoals) + kGoals);
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:9:1: error: goal 'sn-behandling-narmiljo' is defined twice"});
}

// --- goals -----------------------------------------------------------------------------------

TEST_CASE("project: a goal linking an unknown indicator") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "sn-behandling-narmiljo"
title = "Erbjudas barn behandling i närmiljön."
level = "namnd"
decided_by = "Socialnämnden"
indicators = ["placerade-barn", "placerade-barm"]
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:6:33: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)"});
}

TEST_CASE("project: a goal's own target for an indicator is checked like any target") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "kf"
title = "Mål"
level = "kf"
decided_by = "Kommunfullmäktige"
indicators = [{ id = "placerade-barn", target = { at_mots = 70 } }]
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:6:51: error: unknown key 'at_mots' (did you mean 'at_most'?)"});
}

TEST_CASE("project: a parent that does not exist") {
  TempProject p;
  p.valid().write("goals.toml", std::string(kGoals) + R"(
[[goal]]
id = "delmal"
title = "Delmål"
level = "enhet"
decided_by = "Enheten"
parent = "sn-behandling-narmiljö"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:14:10: error: unknown parent goal 'sn-behandling-narmiljö' "
                              "(did you mean 'sn-behandling-narmiljo'?)"});
}

TEST_CASE("project: goals whose parents form a cycle") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "a"
title = "A"
level = "kf"
decided_by = "Kommunfullmäktige"
parent = "b"

[[goal]]
id = "b"
title = "B"
level = "kf"
decided_by = "Kommunfullmäktige"
parent = "a"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:6:10: error: goal 'a' is its own ancestor through 'parent'",
                              "goals.toml:13:10: error: goal 'b' is its own ancestor through 'parent'"});
}

TEST_CASE("project: a goal that is its own parent") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "a"
title = "A"
level = "kf"
decided_by = "Kommunfullmäktige"
parent = "a"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:6:10: error: goal 'a' is its own ancestor through 'parent'"});
}

TEST_CASE("project: a goal below a cycle is not called its own ancestor") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "a"
title = "A"
level = "kf"
decided_by = "Kommunfullmäktige"
parent = "b"

[[goal]]
id = "b"
title = "B"
level = "kf"
decided_by = "Kommunfullmäktige"
parent = "a"

[[goal]]
id = "c"
title = "C"
level = "namnd"
decided_by = "Socialnämnden"
parent = "a"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:6:10: error: goal 'a' is its own ancestor through 'parent'",
                              "goals.toml:13:10: error: goal 'b' is its own ancestor through 'parent'"});
}

// --- targets -----------------------------------------------------------------------------------

TEST_CASE("project: target conditions that cannot be met together") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { at_least = 100, at_most = 94 }
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:6:10: error: 'at_least' is above 'at_most': no value can meet this target"});
}

TEST_CASE("project: manual cannot be combined") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { manual = true, at_most = 94 }
)");
  CHECK_FALSE(p.load());
  auto errors = p.errors();
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0] == "indicators.toml:6:10: error: 'manual = true' cannot be combined with other conditions");
}

TEST_CASE("project: manual combined with a known key is one error, not also 'unknown key'") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { manual = true, at_most = 94 }
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:6:10: error: 'manual = true' cannot be combined with other conditions"});
}

TEST_CASE("project: an empty target") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { tolerance = 1 }
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:6:10: error: 'tolerance' needs 'exactly'"});
}

TEST_CASE("project: by_at_least needs a change, between needs low <= high") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { at_most = 94, by_at_least = 5 }

[[indicator]]
id = "andel"
title = "Andel"
unit = "%"
direction = "higher"
target = { between = [105, 95] }
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:6:10: error: 'by_at_least' needs 'change'",
                              "indicators.toml:13:22: error: expected low <= high in 'between'"});
}

TEST_CASE("project: a number in TOML must be finite, not nan or inf") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
target = { at_least = nan }

[[indicator]]
id = "andel"
title = "Andel"
unit = "%"
direction = "higher"
target = { at_most = +inf, between = [-inf, 5] }

[[indicator]]
id = "exakt"
title = "Exakt"
unit = "st"
direction = "higher"
target = { exactly = 3, tolerance = -nan }
)");
  p.write("goals.toml", R"([[goal]]
id = "mal"
title = "Mål"
level = "namnd"
decided_by = "Socialnämnden"
indicators = [{ id = "placerade-barn", target = { at_most = inf } }]
)");
  p.write("jamfor.toml", std::string(kSettings) + "\n[status]\npartial_tolerance = nan\nachieved_share = inf\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:10:21: error: expected a finite number, got 'nan'",
                              "jamfor.toml:11:18: error: expected a finite number, got 'inf'",
                              "indicators.toml:6:23: error: expected a finite number, got 'nan'",
                              "indicators.toml:13:22: error: expected a finite number, got 'inf'",
                              "indicators.toml:13:39: error: expected a finite number, got '-inf'",
                              "indicators.toml:20:37: error: expected a finite number, got 'nan'",
                              "goals.toml:6:61: error: expected a finite number, got 'inf'"});
}

TEST_CASE("project: status rules outside their range") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[status]\npartial_tolerance = 150\ngoal_rollup = \"mean\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:10:21: error: expected a percentage 0-100",
                              "jamfor.toml:11:15: error: expected one of 'mixed', 'worst', 'share' for 'goal_rollup', "
                              "got 'mean'"});
}

// --- outcomes ----------------------------------------------------------------------------------

TEST_CASE("project: the same outcome twice, in two files") {
  TempProject p;
  p.valid();
  p.write("outcomes/a.csv", "indikator;period;värde\nplacerade-barn;2016;67\n");
  p.write("outcomes/b.csv", "indikator;period;kön;värde\nplacerade-barn;2015;T;95\nplacerade-barn;2016;T;68\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"outcomes/b.csv:3: error: a second value for 'placerade-barn' 2016 T; "
                              "the first is at outcomes/a.csv:2"});
}

TEST_CASE("project: the same outcome for different genders and units is fine") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[[unit]]\nid = \"ifo\"\nname = \"IFO\"\n");
  p.write("outcomes/a.csv",
          "indikator;period;kön;enhet;värde\n"
          "placerade-barn;2016;T;;67\n"
          "placerade-barn;2016;K;;30\n"
          "placerade-barn;2016;T;ifo;20\n");
  CHECK(p.load());
  CHECK(p.errors().empty());
}

TEST_CASE("project: errors in outcomes name the file inside the project") {
  TempProject p;
  p.valid().write("outcomes/2016.csv", "indikator;period;värde\nplacerade-barm;2016;67\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() ==
        Strings{"outcomes/2016.csv:2:1: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)"});
}

TEST_CASE("project: a file of repeated rows reports its first 100 errors, then how many more there were") {
  TempProject p;
  std::string csv = "indikator;period;värde\n";
  for (int i = 0; i < 250; ++i) csv += "placerade-barn;2016;67\n";
  p.valid().write("outcomes/a.csv", csv);
  CHECK_FALSE(p.load());
  const Strings errors = p.errors();
  REQUIRE(errors.size() == 101);
  CHECK(errors[0] == "outcomes/a.csv:3: error: a second value for 'placerade-barn' 2016 T; the first is at outcomes/a.csv:2");
  CHECK(errors[99] == "outcomes/a.csv:102: error: a second value for 'placerade-barn' 2016 T; the first is at outcomes/a.csv:2");
  CHECK(errors[100] == "outcomes/a.csv: error: 149 more errors in this file are not shown");
}

TEST_CASE("project: a NUL byte in an outcomes file is named, with its line and position") {
  TempProject p;
  using namespace std::string_view_literals;
  p.valid().write("outcomes/a.csv", "indikator;period;värde;kommentar\nplacerade-barn;2016;67;ok\0\n"sv);
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"outcomes/a.csv:2: error: expected text without control characters, got U+0000 (NUL) at byte 60"});
}

// --- judgements --------------------------------------------------------------------------------

TEST_CASE("project: a judgement without motivation") {
  TempProject p;
  p.valid().write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmiljo"
period = "2016"
status = "uppnått"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"judgements.toml:1:1: error: missing key 'motivation' (a string)"});
}

TEST_CASE("project: a judgement with an empty motivation") {
  TempProject p;
  p.valid().write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmiljo"
period = "2016"
status = "uppnått"
motivation = """
   
"""
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"judgements.toml:5:14: error: expected a motivation, got an empty text"});
}

TEST_CASE("project: a judgement with an unknown status") {
  TempProject p;
  p.valid().write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmiljo"
period = "2016"
status = "klart"
motivation = "Ja."
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() ==
        Strings{"judgements.toml:4:10: error: expected 'uppnått', 'delvis uppnått' or 'ej uppnått', got 'klart'"});
}

TEST_CASE("project: a judgement of both a goal and an indicator") {
  TempProject p;
  p.valid().write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmiljo"
indicator = "placerade-barn"
period = "2016"
status = "uppnått"
motivation = "Ja."
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"judgements.toml:1:1: error: expected exactly one of 'goal' or 'indicator'"});
}

TEST_CASE("project: a judgement of an unknown goal and unit") {
  TempProject p;
  p.valid().write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmilj"
period = "2016"
unit = "ifo"
status = "uppnått"
motivation = "Ja."
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"judgements.toml:2:8: error: unknown goal 'sn-behandling-narmilj' (did you mean "
                              "'sn-behandling-narmiljo'?)",
                              "judgements.toml:4:8: error: unknown unit 'ifo'; units are declared as [[unit]] in "
                              "jamfor.toml"});
}

TEST_CASE("project: the same judgement twice") {
  TempProject p;
  const std::string judgement = R"([[judgement]]
indicator = "placerade-barn"
period = "2016"
status = "uppnått"
motivation = "Ja."
)";
  p.valid().write("judgements.toml", judgement + "\n" + judgement);
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"judgements.toml:7:1: error: a second judgement of 'placerade-barn' for 2016"});
}

// --- analyses ----------------------------------------------------------------------------------

TEST_CASE("project: an analysis of an unknown id") {
  TempProject p;
  p.valid().write("analyses/2016/okand.md", "Text.");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/okand.md: error: expected a goal or indicator id as the file name, got 'okand'"});
}

TEST_CASE("project: an analysis in a folder that is not a period") {
  TempProject p;
  p.valid().write("analyses/ar-2016/placerade-barn.md", "Text.");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/ar-2016/placerade-barn.md: error: expected a folder named after a period "
                              "such as '2016', '2018-jan-aug', '2018-T1', '2018-H1', '2018-Q3' or '2018-08', got 'ar-2016'"});
}

TEST_CASE("project: an analysis outside a period folder") {
  TempProject p;
  p.valid().write("analyses/placerade-barn.md", "Text.");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/placerade-barn.md: error: expected analyses/PERIOD/ID.md, got 'placerade-barn.md'"});
}

TEST_CASE("project: an analysis of an id that is both a goal and an indicator") {
  TempProject p;
  p.valid().write("goals.toml", std::string(kGoals) + R"(
[[goal]]
id = "placerade-barn"
title = "Mål med samma id som en indikator"
level = "namnd"
decided_by = "Socialnämnden"
)");
  p.write("analyses/2016/placerade-barn.md", "Text.");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/placerade-barn.md: error: id 'placerade-barn' is both a goal and an indicator"});
}

TEST_CASE("project: an analysis that is not UTF-8 names the byte and where it is") {
  TempProject p;
  p.valid().write("analyses/2016/placerade-barn.md", "# Analys\n\nM\xE5" "let n\xE5" "ddes inte.\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/placerade-barn.md:3: error: expected UTF-8 text, got the byte 0xE5 at byte 12 "
                              "(save the file as UTF-8)"});
}

TEST_CASE("project: a NUL byte or another control character in an analysis is an error, a byte-order mark is not") {
  TempProject p;
  using namespace std::string_view_literals;
  p.valid().write("analyses/2016/placerade-barn.md", "\xEF\xBB\xBFText.\n\nMer\0 text.\n"sv);
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/placerade-barn.md:3: error: expected text without control characters, "
                              "got U+0000 (NUL) at byte 14"});
  p.write("analyses/2016/placerade-barn.md", "\xEF\xBB\xBFText\tmed tabb.\r\n\r\nMer \x1B[31mtext.\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"analyses/2016/placerade-barn.md:3: error: expected text without control characters, "
                              "got U+001B (ESC) at byte 26"});
  p.write("analyses/2016/placerade-barn.md", "\xEF\xBB\xBFText\tmed tabb.\r\n\r\nMer text på svenska.\n");
  auto project = p.load();
  REQUIRE(project);
  CHECK(project->analyses.at(0).markdown == "Text\tmed tabb.\r\n\r\nMer text på svenska.\n");
}

TEST_CASE("project: a control character written as an escape in TOML is an error at the string") {
  TempProject p;
  p.valid().write("goals.toml", R"([[goal]]
id = "sn-behandling-narmiljo"
title = "Erbjudas barn\u0000 behandling"
level = "namnd"
decided_by = "Social\u001bnämnden"
description = """
Två rader\toch en tabb är text.
"""
indicators = ["placerade-barn"]
"nyckel\u0007" = 1
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"goals.toml:3:9: error: expected text without control characters, got U+0000 (NUL) at byte 14 of the string",
                              "goals.toml:5:14: error: expected text without control characters, got U+001B (ESC) at byte 7 of the string",
                              "goals.toml:10:1: error: expected text without control characters, got U+0007 at byte 7 of the string"});
}

// --- units and comparisons ---------------------------------------------------------------------

TEST_CASE("project: units first, then comparisons, each in file order") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"toml(
[[comparison]]
id = "riket"
name = "Riket (78 kommuner)"

[[unit]]
id = "ifo"
name = "Individ- och familjeomsorg"
)toml");
  p.write("outcomes/a.csv", "indikator;period;jämförelse;värde\nplacerade-barn;2016;riket;80\n");
  auto project = p.load();
  CHECK(p.errors().empty());
  REQUIRE(project);
  REQUIRE(project->units.size() == 2);
  CHECK(project->units[0].id == "ifo");
  CHECK(project->units[0].kind == UnitKind::Own);
  CHECK(project->units[1].id == "riket");
  CHECK(project->units[1].kind == UnitKind::Reference);
  CHECK(project->outcomes.at(0).unit_id == "riket");
}

TEST_CASE("project: units and comparisons share one set of ids") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"(
[[unit]]
id = "ifo"
name = "IFO"

[[comparison]]
id = "ifo"
name = "IFO i riket"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:13:1: error: unit or reference 'ifo' is declared twice"});
}

TEST_CASE("project: a comparison cannot judge a goal") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[[comparison]]\nid = \"riket\"\nname = \"Riket\"\n");
  p.write("judgements.toml", R"([[judgement]]
goal = "sn-behandling-narmiljo"
period = "2016"
unit = "riket"
status = "uppnått"
motivation = "Ja."
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() ==
        Strings{"judgements.toml:4:8: error: unknown unit 'riket'; units are declared as [[unit]] in jamfor.toml"});
}

// --- periods -----------------------------------------------------------------------------------

TEST_CASE("project: a period list without the current period") {
  TempProject p;
  p.valid().write("jamfor.toml", R"(
[site]
title = "T"
organisation = "O"

[periods]
current = "2016"
list = ["2014", "2015"]
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml: error: the current period 2016 is not in [periods] list"});
}

TEST_CASE("project: a malformed period in the list") {
  TempProject p;
  p.valid().write("jamfor.toml", R"([site]
title = "T"
organisation = "O"

[periods]
current = "2016"
list = ["2015", "2016-T4", 2016]
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{
      "jamfor.toml:7:17: error: expected a period such as '2016', '2018-jan-aug', '2018-T1', '2018-H1', '2018-Q3' "
      "or '2018-08', got a string ('2016-T4')",
      "jamfor.toml:7:28: error: expected a period such as '2016', '2018-jan-aug', '2018-T1', '2018-H1', '2018-Q3' "
      "or '2018-08', got an integer (2016)",
      "jamfor.toml: error: the current period 2016 is not in [periods] list"});
}

TEST_CASE("project: missing site settings") {
  TempProject p;
  p.valid().write("jamfor.toml", "[periods]\ncurrent = \"2016\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml: error: missing table [site]"});
}

TEST_CASE("project: a period list and no current period gives one error") {
  TempProject p;
  p.valid().write("jamfor.toml", R"([site]
title = "T"
organisation = "O"

[periods]
list = ["2015", "2016"]
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:5:1: error: missing key 'current' (a string)"});
}

TEST_CASE("project: open comparisons tables are a list of mapping files") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[open_comparisons]\ntables = \"oj.toml\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:10:10: error: expected tables = [\"mapping.toml\", …] naming the mapping "
                              "file of each table, got a string ('oj.toml')"});
  p.write("jamfor.toml", std::string(kSettings) + "\n[open_comparisons]\ntables = [\"oj.toml\"]\n");
  auto project = p.load();
  REQUIRE(project);  // reading the tables is the next stage's
  CHECK(project->open_comparisons.at(0).mapping == "oj.toml");
}

TEST_CASE("project: an indicator has one source for its outcomes") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
kolada = "U31402"
open_comparisons = "oj-vantetid"
)");
  p.write("jamfor.toml", std::string(kSettings) + "\n[comparison]\nfocus = \"1081\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:7:20: error: expected one source for the indicator's outcomes, got both "
                              "'kolada' and 'open_comparisons'"});
}

TEST_CASE("project: an indicator from Kolada needs a focus and no rows of its own") {
  TempProject p;
  p.valid().write("indicators.toml", R"([[indicator]]
id = "placerade-barn"
title = "Antal placerade barn"
unit = "st"
direction = "lower"
kolada = "N33816"
)");
  p.write("outcomes/2016.csv", "indikator;period;värde\nplacerade-barn;2016;67\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"indicators.toml:1:1: error: indicator 'placerade-barn' takes its values from Kolada, but "
                              "jamfor.toml has no [comparison] focus saying whose values to show (focus = \"1081\" for Ronneby)",
                              "indicators.toml:1:1: error: indicator 'placerade-barn' takes its values from Kolada and also "
                              "has rows in outcomes/*.csv; keep one source"});
}

TEST_CASE("project: [comparison] names the scope, the focus and how to compare") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"(
[comparison]
scope = ["Blekinge län", "1290", "Göteborgs stad"]
focus = "Ronneby"
population = "scope"
higher_is_better = ["U30453"]
lower_is_better = ["N31814"]
similar_group = "G38151"
boundaries = "geo/kommuner.geojson"
county_boundaries = "geo/lan.geojson"
)");
  auto project = p.load();
  INFO(p.errors().size());
  REQUIRE(project);
  const ComparisonConfig& c = project->comparison;
  CHECK(c.scope.counties == Strings{"10"});
  CHECK(c.scope.municipalities == Strings{"1290", "1480"});
  CHECK(c.focus == "1081");
  CHECK(c.population == PopulationKind::Scope);
  CHECK(c.higher_is_better == Strings{"U30453"});
  CHECK(c.lower_is_better == Strings{"N31814"});
  CHECK(c.similar_group == "G38151");
  CHECK(c.boundaries == "geo/kommuner.geojson");
  CHECK(c.county_boundaries == "geo/lan.geojson");
}

TEST_CASE("project: a scope of all, or only a focus") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[comparison]\nscope = \"all\"\n");
  auto all = p.load();
  REQUIRE(all);
  CHECK(all->comparison.scope.all);
  p.write("jamfor.toml", std::string(kSettings) + "\n[comparison]\nfocus = \"1081\"\n");
  auto focus = p.load();
  REQUIRE(focus);
  CHECK(focus->comparison.scope.municipalities == Strings{"1081"});
}

TEST_CASE("project: a scope or focus that names no municipality or county says what it expected") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"(
[comparison]
scope = ["Ronneb", "Riket", 10]
focus = "Karlshamn"
population = "everyone"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{
      "jamfor.toml:10:10: error: expected a municipality or county by code or name, such as '1081', 'Ronneby', '10' or "
      "'Blekinge län' in 'scope', got a string ('Ronneb') (did you mean 'Ronneby'?)",
      "jamfor.toml:10:20: error: expected a municipality or county by code or name, such as '1081', 'Ronneby', '10' or "
      "'Blekinge län' in 'scope', got 'Riket'; for the whole country write scope = \"all\"",
      "jamfor.toml:10:29: error: expected a municipality or county by code or name, such as '1081', 'Ronneby', '10' or "
      "'Blekinge län' in 'scope', got an integer (10)",
      "jamfor.toml:12:14: error: expected 'all', 'scope', 'county', a municipality group id or a list of municipality ids "
      "for 'population', got a string ('everyone')"});
  p.write("jamfor.toml", std::string(kSettings) + "\n[comparison]\nscope = [\"10\"]\nfocus = \"Stockholm\"\n");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:11:9: error: the focus municipality '0180' is not in 'scope'; add it there, or its county"});
}

TEST_CASE("project: the comparison keys of [kolada] still work, with a warning saying where they belong") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"(
[kolada]
own_municipality = "1081"
kpis = ["N31814"]
lower_is_better = ["N31814"]
)");
  auto project = p.load();
  REQUIRE(project);
  CHECK(project->comparison.focus == "1081");
  CHECK(project->comparison.scope.municipalities == Strings{"1081"});
  CHECK(project->comparison.lower_is_better == Strings{"N31814"});
  CHECK(project->kolada->kpis == Strings{"N31814"});
  CHECK(p.warnings() == Strings{
      "jamfor.toml:10:20: warning: 'own_municipality' belongs in [comparison] now as 'focus'; it still works here, but "
      "[kolada] only says what to fetch (see docs/project-format.md)",
      "jamfor.toml:12:19: warning: 'lower_is_better' belongs in [comparison] now; it still works here, but [kolada] only "
      "says what to fetch (see docs/project-format.md)"});
}

TEST_CASE("project: a key in both [kolada] and [comparison] is an error") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + R"(
[comparison]
focus = "1081"

[kolada]
own_municipality = "1081"
)");
  CHECK_FALSE(p.load());
  CHECK(p.errors() == Strings{"jamfor.toml:13:20: error: 'own_municipality' in [kolada] and 'focus' in [comparison] say "
                              "the same thing; keep 'focus' in [comparison]"});
}

TEST_CASE("project: [[comparison]] series still read as [[reference]] series") {
  TempProject p;
  p.valid().write("jamfor.toml", std::string(kSettings) + "\n[[comparison]]\nid = \"riket\"\nname = \"Riket\"\n");
  auto project = p.load();
  REQUIRE(project);
  REQUIRE(project->units.size() == 1);
  CHECK(project->units[0].kind == UnitKind::Reference);
  CHECK(p.warnings() == Strings{"jamfor.toml:9:1: warning: [[comparison]] series are now called [[reference]]; they "
                                "still work, but rename them ([comparison] configures the comparison pages)"});
}
