#include "site/markdown.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "model/project.h"

using jamfor::render_markdown;
using Catch::Contains;

TEST_CASE("markdown: paragraphs and emphasis") {
  CHECK(render_markdown("Målet är *nästan* **uppnått**.", jamfor::wording("sv")).str() ==
        "<p>Målet är <em>nästan</em> <strong>uppnått</strong>.</p>\n");
}

TEST_CASE("markdown: a raw script block is not passed through") {
  std::string html = render_markdown("Före\n\n<script>alert(1)</script>\n\nEfter", jamfor::wording("sv")).str();
  CHECK_THAT(html, !Contains("<script"));
  CHECK_THAT(html, !Contains("alert(1)"));
  CHECK_THAT(html, Contains("<p>Före</p>"));
  CHECK_THAT(html, Contains("<p>Efter</p>"));
}

TEST_CASE("markdown: inline raw HTML with an event handler is not passed through") {
  std::string html = render_markdown("Se bilden <img src=x onerror=alert(1)> här.", jamfor::wording("sv")).str();
  CHECK_THAT(html, !Contains("<img"));
  CHECK_THAT(html, !Contains("onerror"));
  CHECK_THAT(html, Contains("Se bilden"));
}

TEST_CASE("markdown: other raw HTML elements are dropped too") {
  for (const char* input : {"<iframe src=\"https://example.com\"></iframe>", "<a href=\"javascript:x\">a</a>",
                            "<style>body{display:none}</style>", "<div onclick=\"x()\">text</div>"}) {
    std::string html = render_markdown(input, jamfor::wording("sv")).str();
    CHECK_THAT(html, !Contains("<iframe") && !Contains("<a ") && !Contains("<style") && !Contains("onclick"));
  }
}

TEST_CASE("markdown: javascript: links are not rendered as href") {
  for (const char* input : {"[klicka](javascript:alert(1))", "[klicka](JavaScript:alert(1))",
                            "[klicka](  javascript:alert(1) )", "<javascript:alert(1)>",
                            "[klicka](vbscript:msgbox(1))", "[klicka](data:text/html;base64,PHNjcmlwdD4=)",
                            "[klicka](&#106;avascript:alert(1))", "[klicka](javascript&colon;alert(1))",
                            "[klicka](<javascript:alert(1)>)", "[klicka]\n\n[klicka]: javascript:alert(1)"}) {
    std::string html = render_markdown(input, jamfor::wording("sv")).str();
    INFO(input << " -> " << html);
    CHECK_THAT(html, !Contains("href=\"javascript", Catch::CaseSensitive::No));
    CHECK_THAT(html, !Contains("href=\"vbscript", Catch::CaseSensitive::No));
    CHECK_THAT(html, !Contains("href=\"data:", Catch::CaseSensitive::No));
  }
}

TEST_CASE("markdown: javascript: image sources are removed") {
  CHECK(render_markdown("![bild](javascript:alert(1))", jamfor::wording("sv")).str() == "<p><img src=\"\" alt=\"bild\" /></p>\n");
}

TEST_CASE("markdown: ordinary links keep their href") {
  CHECK(render_markdown("[Kolada](https://www.kolada.se/)", jamfor::wording("sv")).str() ==
        "<p><a href=\"https://www.kolada.se/\">Kolada</a></p>\n");
}

TEST_CASE("markdown: bare web addresses become links") {
  CHECK_THAT(render_markdown("Se https://www.kolada.se för mer.", jamfor::wording("sv")).str(),
             Contains("<a href=\"https://www.kolada.se\">https://www.kolada.se</a>"));
}

TEST_CASE("markdown: headings go under the page's own, without skipping a level") {
  CHECK(render_markdown("# Analys", jamfor::wording("sv")).str() == "<h3>Analys</h3>\n");
  CHECK(render_markdown("## Orsaker", jamfor::wording("sv")).str() == "<h3>Orsaker</h3>\n");  // the Ronneby survey analysis
  CHECK(render_markdown("# Analys", jamfor::wording("sv"), 0).str() == "<h1>Analys</h1>\n");
  CHECK(render_markdown("# Analys", jamfor::wording("sv"), 3).str() == "<h4>Analys</h4>\n");
  CHECK(render_markdown("# A\n\n### B\n\n# C", jamfor::wording("sv")).str() == "<h3>A</h3>\n<h4>B</h4>\n<h3>C</h3>\n");
  CHECK(render_markdown("Rubrik\n======", jamfor::wording("sv")).str() == "<h3>Rubrik</h3>\n");
}

TEST_CASE("markdown: headings stop at h6") {
  CHECK(render_markdown("# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5", jamfor::wording("sv")).str() ==
        "<h3>1</h3>\n<h4>2</h4>\n<h5>3</h5>\n<h6>4</h6>\n<h6>5</h6>\n");
}

TEST_CASE("markdown: tables") {
  std::string html = render_markdown(
      "| Enhet | Andel |\n"
      "|---|---:|\n"
      "| IFO | 57 % |\n", jamfor::wording("sv")).str();
  CHECK_THAT(html, Contains("<table>"));
  CHECK_THAT(html, Contains("<th>Enhet</th>"));
  CHECK_THAT(html, Contains("<td>IFO</td>"));
  CHECK_THAT(html, Contains("<td align=\"right\">57 %</td>"));
}

TEST_CASE("markdown: raw HTML inside a table cell is dropped") {
  std::string html = render_markdown("| a |\n|---|\n| <script>x</script> |\n", jamfor::wording("sv")).str();
  CHECK_THAT(html, Contains("<table>"));
  CHECK_THAT(html, !Contains("<script"));
}

TEST_CASE("markdown: strikethrough and lists") {
  CHECK(render_markdown("~~gammalt~~", jamfor::wording("sv")).str() == "<p><del>gammalt</del></p>\n");
  CHECK(render_markdown("- ett\n- två\n", jamfor::wording("sv")).str() == "<ul>\n<li>ett</li>\n<li>två</li>\n</ul>\n");
}

TEST_CASE("markdown: special characters in text are escaped") {
  CHECK(render_markdown("5 < 7 & 9 > 3", jamfor::wording("sv")).str() == "<p>5 &lt; 7 &amp; 9 &gt; 3</p>\n");
}

TEST_CASE("markdown: dashes and ellipses are typeset") {
  CHECK(render_markdown("13--20 år ...", jamfor::wording("sv")).str() == "<p>13–20 år …</p>\n");
}

TEST_CASE("markdown: quotation marks follow Swedish typography") {
  CHECK(render_markdown("Hon sa \"bra\".", jamfor::wording("sv")).str() == "<p>Hon sa ”bra”.</p>\n");
}

TEST_CASE("markdown: empty input renders nothing") {
  CHECK(render_markdown("", jamfor::wording("sv")).str() == "");
}

namespace {

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string problem_of(std::string_view text) {
  auto p = jamfor::check_markdown(text);
  if (!p) return "none";
  return std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message;
}

}  // namespace

TEST_CASE("markdown: texts that take cmark-gfm minutes are refused before rendering, at their line and column") {
  // The analysis: 200 kB that took 219 s (67 s here) to render.
  CHECK(problem_of(repeat(">", 100000) + repeat("a*", 50000)) ==
        "1:33: expected at most 32 levels of nesting (quotes '>', lists and their indentation), got 100000; deeper "
        "nesting takes the renderer minutes");
  CHECK(problem_of("Inledning\n\n" + repeat("- ", 40) + repeat("a*", 1000)) ==
        "3:65: expected at most 32 levels of nesting (quotes '>', lists and their indentation), got 40; deeper "
        "nesting takes the renderer minutes");
  CHECK(problem_of(repeat("> ", 20) + repeat("1. ", 20) + "a") ==
        "1:77: expected at most 32 levels of nesting (quotes '>', lists and their indentation), got 40; deeper "
        "nesting takes the renderer minutes");
  std::string indented;
  for (int depth = 0; depth < 40; ++depth) indented += std::string(2 * static_cast<size_t>(depth), ' ') + "- x\n";
  CHECK(problem_of(indented) ==  // a level for every two spaces of indentation
        "33:65: expected at most 32 levels of nesting (quotes '>', lists and their indentation), got 33; deeper "
        "nesting takes the renderer minutes");
  CHECK(problem_of("Först.\n\n" + repeat("\"a", 5000)) ==
        "3:1001: expected at most 500 quotation marks (\" and ') in one paragraph, got 5000; split the paragraph");
  CHECK(problem_of(repeat("'", 600)) ==
        "1:501: expected at most 500 quotation marks (\" and ') in one paragraph, got 600; split the paragraph");
  CHECK(problem_of(repeat("![[]()", 1000)) == "1:1502: expected at most 500 '[' in one paragraph, got 2000; split the paragraph");
  CHECK(problem_of("Se www.kolada.se/" + repeat(")", 1000)) == "1:274: expected at most 256 ')' in a row, got more");
  CHECK(problem_of(repeat("|a", 2000) + "|\n" + repeat("|-", 2000) + "|\n") ==
        "2:1: expected a table of at most 100 columns, got 2000");
  CHECK(problem_of(repeat("|a", 2000) + "|\n|-|\n") == "2:1: expected a table of at most 100 columns, got 2000");
  CHECK(problem_of(repeat("|a", 2000) + "|\n:-:\n") == "2:1: expected a table of at most 100 columns, got 2000");
  CHECK(problem_of(repeat("|a", 2000) + "|\n---\n") == "none");  // a heading: no table is tried
  CHECK(problem_of("a\n" + repeat("-|", 5000)) == "2:1: expected a table of at most 100 columns, got 5000");
  CHECK(problem_of(repeat("|a", 100) + "|\n" + repeat("|-", 100) + "|\n" + repeat("x\n", 3000)) ==
        "502:1: expected at most 50000 table cells in one text, got more by this row");
  CHECK(problem_of(std::string(300 * 1024, 'a')) == "1:1: expected a text of at most 256 KB, got 300 KB");
}

TEST_CASE("markdown: ordinary texts, and thematic breaks of many marks, pass the check") {
  CHECK(problem_of("") == "none");
  CHECK(problem_of("# Analys\n\n> Citat med \"citattecken\" och 'apostrofer'.\n\n- ett\n  - två\n    1. tre\n") == "none");
  CHECK(problem_of(repeat("- ", 40) + "\n" + repeat("* ", 40) + "\n") == "none");
  CHECK(problem_of("| a | b |\n|---|--:|\n| 1 | 2 |\n") == "none");
  CHECK(problem_of("Se [Kolada](https://www.kolada.se/) (och [SCB](https://www.scb.se/)).") == "none");
  namespace fs = std::filesystem;
  size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(JAMFOR_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    INFO(entry.path().string());
    CHECK(problem_of(text.str()) == "none");
    ++checked;
  }
  CHECK(checked >= 10);
}

// At half the size limit, so the test stays well under a second: what is left is linear, a
// full-size text takes twice as long (0.1-0.2 s each here).
TEST_CASE("markdown: the worst texts the check lets through render in well under a second") {
  constexpr size_t kSize = jamfor::kMaxMarkdownBytes / 2;
  auto fill = [&](std::string head, std::string_view unit) {
    while (head.size() + unit.size() <= kSize) head += unit;
    return head;
  };
  std::string indented;
  for (int depth = 0; depth < 32; ++depth) indented += std::string(2 * static_cast<size_t>(depth), ' ') + "- x\n";
  const std::vector<std::pair<std::string, std::string>> worst = {
      {"nesting and emphasis", fill(repeat(">", 32), "a*")},
      {"indented lists and emphasis", fill(indented + std::string(62, ' '), "a*")},
      {"lists and strikethrough", fill(repeat("- ", 32), "a~")},
      {"quotes", fill("", repeat("\"a", 500) + "\n\n")},
      {"images in brackets", fill("", repeat("![[]()", 250) + "\n\n")},
      {"parentheses after links", fill("", "www.kolada.se/" + repeat(")", 256) + "\n")},
      {"wide tables", fill("", repeat("|a", 100) + "|\n" + repeat("|-", 100) + "|\n" + repeat("x\n", 300) + "\n")},
  };
  double total = 0;
  for (const auto& [name, text] : worst) {
    INFO(name);
    REQUIRE(text.size() <= jamfor::kMaxMarkdownBytes);
    const auto problem = jamfor::check_markdown(text);
    // Tables: the check stops the text at its cells, so render only what it accepts.
    std::string accepted = text;
    if (problem) {
      CHECK_THAT(problem->message, Contains("table cells in one text"));
      size_t at = 0;
      for (int line = 1; line < problem->line; ++line) at = accepted.find('\n', at) + 1;
      accepted.resize(at);
      REQUIRE_FALSE(jamfor::check_markdown(accepted));
    }
    const auto start = std::chrono::steady_clock::now();
    render_markdown(accepted, jamfor::wording("sv"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    total += seconds;
    INFO(name << ": " << accepted.size() / 1024 << " KB in " << seconds << " s");
    CHECK(seconds < 0.5);
  }
  CHECK(total < 1.0);
}
