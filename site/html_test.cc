#include "site/html.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

SiteSettings settings() {
  SiteSettings s;
  s.title = "Socialnämndens måluppföljning";
  s.organisation = "Ronneby kommun";
  return s;
}

// A frame over settings that live as long as the test.
SiteFrame frame_of(const SiteSettings& s) {
  SiteFrame f;
  f.settings = &s;
  f.words = &wording("sv");
  return f;
}

const SiteSettings kSettings = settings();
SiteFrame site() { return frame_of(kSettings); }

}  // namespace

TEST_CASE("escape_script_json: a closing script tag cannot end the element") {
  CHECK(escape_script_json(R"({"title":"</script><script>alert(1)</script>"})") ==
        R"({"title":"\u003c/script>\u003cscript>alert(1)\u003c/script>"})");
}

TEST_CASE("escape_script_json: an HTML comment opener cannot start") {
  CHECK(escape_script_json(R"(["<!--"])") == R"(["\u003c!--"])");
}

TEST_CASE("escape_script_json: JSON without '<' is unchanged") {
  const std::string json = R"({"a":[1,2.5,"å & \"b\""],"c":null})";
  CHECK(escape_script_json(json) == json);
}

TEST_CASE("status_badge: icon and words, never colour alone") {
  CHECK(status_badge(Status::Achieved, wording("sv")).str() ==
        "<span class=\"status status-achieved\"><span class=\"status-icon\" aria-hidden=\"true\">✓</span> "
        "Uppnått</span>");
  CHECK_THAT(status_badge(Status::PartiallyAchieved, wording("sv")).str(),
             Catch::Contains("◐") && Catch::Contains("Delvis uppnått") &&
                 Catch::Contains("status-partially-achieved"));
  CHECK_THAT(status_badge(Status::NotAchieved, wording("sv")).str(),
             Catch::Contains("✗") && Catch::Contains("Ej uppnått") && Catch::Contains("status-not-achieved"));
  CHECK_THAT(status_badge(Status::NoData, wording("sv")).str(),
             Catch::Contains("–") && Catch::Contains("Ingen uppgift") && Catch::Contains("status-no-data"));
}

TEST_CASE("render_page: a complete HTML document in Swedish") {
  std::string page = render_page(site(), {"Översikt", "", {}, false, {}}, "<p>Innehåll</p>\n"_html).str();
  CHECK_THAT(page, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">\n"));
  CHECK_THAT(page, Catch::Contains("<meta charset=\"utf-8\">"));
  CHECK_THAT(page, Catch::Contains("<title>Översikt – Socialnämndens måluppföljning</title>"));
  CHECK_THAT(page, Catch::Contains("<main id=\"main\">\n<p>Innehåll</p>\n</main>"));
  CHECK_THAT(page, Catch::Contains("<a class=\"skip-link\" href=\"#main\">"));
  CHECK_THAT(page, Catch::EndsWith("</html>\n"));
}

TEST_CASE("render_page: titles and names from the project are escaped") {
  SiteSettings s = settings();
  s.title = "A <b>title</b>";
  s.organisation = "Ronneby & Co";
  std::string page =
      render_page(frame_of(s), {"<script>x</script>", "../", {{"../index.html", "Översikt"}, {"", "<i>mål</i>"}}, false, {}}, Html()).str();
  CHECK_THAT(page, Catch::Contains("<title>&lt;script&gt;x&lt;/script&gt; – A &lt;b&gt;title&lt;/b&gt;</title>"));
  CHECK_THAT(page, Catch::Contains("Ronneby &amp; Co"));
  CHECK_THAT(page, Catch::Contains("<span aria-current=\"page\">&lt;i&gt;mål&lt;/i&gt;</span>"));
  CHECK_THAT(page, !Catch::Contains("<script>x"));
  CHECK_THAT(page, !Catch::Contains("<b>title"));
}

TEST_CASE("render_page: breadcrumbs link back, the last one is the current page") {
  std::string page =
      render_page(site(), {"Mål", "../", {{"../index.html", "Översikt"}, {"", "Mål"}}, false, {}}, Html()).str();
  CHECK_THAT(page, Catch::Contains("<li><a href=\"../index.html\">Översikt</a></li>\n"
                                   "<li><span aria-current=\"page\">Mål</span></li>"));
  CHECK_THAT(page, Catch::Contains("href=\"../assets/style.css\""));
}

TEST_CASE("render_page: chart scripts only on pages with charts") {
  std::string without = render_page(site(), {"Översikt", "", {}, false, {}}, Html()).str();
  CHECK_THAT(without, !Catch::Contains("<script"));
  std::string with = render_page(site(), {"Indikator", "../", {}, true, {}}, Html()).str();
  CHECK_THAT(with, Catch::Contains("<script src=\"../assets/vega.min.js\"></script>\n"
                                   "<script src=\"../assets/vega-interpreter.js\"></script>\n"
                                   "<script src=\"../assets/vega-lite.min.js\"></script>\n"
                                   "<script src=\"../assets/vega-embed.min.js\"></script>\n"
                                   "<script src=\"../assets/jamfor.js\"></script>"));
}

TEST_CASE("render_page: the site menu marks the section of the page") {
  SiteFrame f = site();
  f.menu = {{MenuItem::Goals, "index.html", "Mål"}, {MenuItem::Search, "search.html", "Sök"}};
  std::string page = render_page(f, {"Sök", "", {}, false, {}, MenuItem::Search}, Html()).str();
  CHECK_THAT(page, Catch::Contains("<nav class=\"site-menu\" aria-label=\"Webbplatsen\">\n<ul>\n"
                                   "<li><a href=\"index.html\">Mål</a></li>\n"
                                   "<li><a href=\"search.html\" aria-current=\"true\" class=\"current\">Sök</a></li>\n"
                                   "</ul>\n</nav>"));
}
