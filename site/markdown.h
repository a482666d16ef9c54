#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/wording.h"
#include "site/html_text.h"

namespace jamfor {

// GitHub-flavoured Markdown to HTML. Raw HTML in the input is dropped and javascript: links
// are removed (cmark-gfm without CMARK_OPT_UNSAFE), so authors' text cannot inject script.
// The author's headings become the levels below `under_level`, the page heading the text
// sits under (2: an h2), in order and without gaps.
// Callers check the text with check_markdown first (the build does, for every text of a
// project): render_markdown itself has no limits.
Html render_markdown(std::string_view markdown, const Wording& words, int under_level = 2);

// cmark-gfm 0.29.0.gfm.6 (Debian 12) takes time that grows with the square of these, or worse,
// so one hostile 200 kB analysis (100 000 '>' and 50 000 "a*") takes a minute or more to render.
// Measured, each alone, on 80 kB: nesting and emphasis 10 s, quotes in one paragraph ("a"a"…)
// 12 s, "![[]()" 1 s, a run of ')' after a link 3.5 s, a table's header of 40 000 cells 6 s.
// Held to these, the worst text of kMaxMarkdownBytes renders in well under a second.
inline constexpr size_t kMaxMarkdownNesting = 32;    // '>', list markers and indentation / 2 on a line
inline constexpr size_t kMaxParagraphQuotes = 500;   // '"' and '\'' in one paragraph (smart quotes)
inline constexpr size_t kMaxParagraphBrackets = 500; // '[' in one paragraph
inline constexpr size_t kMaxParenRun = 256;          // ')' in a row (the autolink extension)
inline constexpr size_t kMaxTableColumns = 100;
inline constexpr size_t kMaxTableCells = 50000;      // in all the tables of one text: the HTML grows by cells

// Where a text passes one of the limits above or kMaxMarkdownBytes; line and column (1-based)
// are the text's own.
struct MarkdownProblem {
  int line = 0;
  int column = 0;
  std::string message;  // "expected …, got …"
};
std::optional<MarkdownProblem> check_markdown(std::string_view markdown);

}  // namespace jamfor
