#include "site/markdown.h"

#include <catch2/catch.hpp>

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
