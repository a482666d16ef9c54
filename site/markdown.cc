#include "site/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "model/project.h"

namespace jamfor {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// A line that is only '-', '*' or '_' (one of them, three or more) and spaces: a thematic
// break, not three list markers.
bool is_thematic_break(std::string_view line) {
  char mark = 0;
  size_t count = 0;
  for (char c : line) {
    if (is_space(c)) continue;
    if ((c != '-' && c != '*' && c != '_') || (mark && c != mark)) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

struct LinePrefix {
  size_t depth = 0;      // quotes, list markers and indentation / 2
  size_t end = 0;        // where the line's content starts
  size_t deep_at = 0;    // where the depth passed kMaxMarkdownNesting
};

// The containers a line opens or continues: '>', "-", "+", "*", "1." or "1)" followed by a
// space, and indentation, which nests lists as markers do. An over-estimate is fine: the limit
// is far above any real text.
LinePrefix line_prefix(std::string_view line) {
  LinePrefix p;
  size_t columns = 0;  // of indentation, tabs to the next multiple of 4
  size_t i = 0;
  bool first = true;
  while (i < line.size()) {
    size_t gap = 0;
    while (i < line.size() && is_space(line[i])) gap += line[i++] == '\t' ? 4 - (gap % 4) : 1;
    columns += first ? gap : (gap > 0 ? gap - 1 : 0);  // one space after a marker belongs to it
    first = false;
    const size_t at = i;
    if (i < line.size() && line[i] == '>') {
      ++i;
    } else if (i < line.size() && (line[i] == '-' || line[i] == '+' || line[i] == '*') &&
               (i + 1 == line.size() || is_space(line[i + 1]))) {
      ++i;
    } else {
      size_t digits = 0;
      while (i + digits < line.size() && digits < 10 && line[i + digits] >= '0' && line[i + digits] <= '9') ++digits;
      if (digits == 0 || digits > 9 || i + digits >= line.size() ||
          (line[i + digits] != '.' && line[i + digits] != ')') ||
          (i + digits + 1 < line.size() && !is_space(line[i + digits + 1])))
        break;
      i += digits + 1;
    }
    ++p.depth;
    if (!p.deep_at && p.depth + columns / 2 > kMaxMarkdownNesting) p.deep_at = at + 1;
  }
  p.end = i;
  p.depth += columns / 2;
  if (!p.deep_at && p.depth > kMaxMarkdownNesting) p.deep_at = 1;
  return p;
}

// A table's delimiter row ("|---|:--:|"): its number of columns, or 0 when the line is not one.
size_t delimiter_columns(std::string_view content) {
  size_t columns = 0, pipes = 0, colons = 0;
  bool dash = false;
  for (char c : content) {
    if (c == '|') {
      ++pipes;
      columns += dash;
      dash = false;
    } else if (c == '-') {
      dash = true;
    } else if (c == ':') {
      ++colons;
    } else if (!is_space(c)) {
      return 0;
    }
  }
  columns += dash;
  // "---" alone underlines a heading; ":-:" alone is a one-column delimiter row to cmark-gfm.
  return pipes > 0 || colons > 0 ? columns : 0;
}

// The cells a header row would have: its unescaped '|' separate them, one at either end is optional.
size_t header_cells(std::string_view content) {
  while (!content.empty() && is_space(content.back())) content.remove_suffix(1);
  size_t pipes = 0;
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\\') ++i;
    else if (content[i] == '|') ++pipes;
  }
  const bool leading = content.starts_with('|'), trailing = content.size() > 1 && content.ends_with('|');
  return pipes + 1 - leading - trailing;
}

}  // namespace

std::optional<MarkdownProblem> check_markdown(std::string_view text) {
  if (text.size() > kMaxMarkdownBytes)
    return MarkdownProblem{1, 1, "expected a text of at most " + std::to_string(kMaxMarkdownBytes / 1024) +
                                     " KB, got " + std::to_string((text.size() + 1023) / 1024) + " KB"};
  // Counted per paragraph (lines between blank ones: perhaps several paragraphs, never part of
  // one), reported where the count passed its limit.
  struct Count {
    size_t n = 0;
    int line = 0, column = 0;
    void add(int at_line, size_t at_column, size_t limit) {
      if (++n == limit + 1) line = at_line, column = static_cast<int>(at_column);
    }
  };
  Count quotes, brackets;
  size_t table_columns = 0, cells = 0;
  std::string_view previous;  // the previous line's content, when in the same paragraph
  auto end_paragraph = [&]() -> std::optional<MarkdownProblem> {
    if (quotes.n > kMaxParagraphQuotes)
      return MarkdownProblem{quotes.line, quotes.column,
                             "expected at most " + std::to_string(kMaxParagraphQuotes) +
                                 " quotation marks (\" and ') in one paragraph, got " + std::to_string(quotes.n) +
                                 "; split the paragraph"};
    if (brackets.n > kMaxParagraphBrackets)
      return MarkdownProblem{brackets.line, brackets.column,
                             "expected at most " + std::to_string(kMaxParagraphBrackets) +
                                 " '[' in one paragraph, got " + std::to_string(brackets.n) + "; split the paragraph"};
    quotes = {};
    brackets = {};
    table_columns = 0;
    previous = {};
    return std::nullopt;
  };
  int line_number = 0;
  for (size_t start = 0; start <= text.size();) {
    const size_t newline = text.find('\n', start);
    std::string_view line = text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_number;
    start = newline == std::string_view::npos ? text.size() + 1 : newline + 1;

    const LinePrefix prefix = line_prefix(line);
    const std::string_view content = line.substr(prefix.end);
    if (prefix.deep_at && !is_thematic_break(line))
      return MarkdownProblem{line_number, static_cast<int>(prefix.deep_at),
                             "expected at most " + std::to_string(kMaxMarkdownNesting) +
                                 " levels of nesting (quotes '>', lists and their indentation), got " +
                                 std::to_string(prefix.depth) + "; deeper nesting takes the renderer minutes"};
    if (content.find_first_not_of(" \t") == std::string_view::npos) {
      if (auto problem = end_paragraph()) return problem;
      continue;
    }
    size_t parens = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      parens = c == ')' ? parens + 1 : 0;
      if (parens > kMaxParenRun)
        return MarkdownProblem{line_number, static_cast<int>(i + 1),
                               "expected at most " + std::to_string(kMaxParenRun) + " ')' in a row, got more"};
      if (c == '"' || c == '\'') quotes.add(line_number, i + 1, kMaxParagraphQuotes);
      if (c == '[') brackets.add(line_number, i + 1, kMaxParagraphBrackets);
    }
    if (const size_t columns = delimiter_columns(content); columns > 0 && !previous.empty()) {
      const size_t header = header_cells(previous);
      if (columns > kMaxTableColumns || header > kMaxTableColumns)
        return MarkdownProblem{line_number, 1,
                               "expected a table of at most " + std::to_string(kMaxTableColumns) + " columns, got " +
                                   std::to_string(std::max(columns, header))};
      table_columns = columns;
      cells += columns;  // the header
    } else if (table_columns > 0) {
      cells += table_columns;  // a row, as long as the header whatever it holds
    }
    if (cells > kMaxTableCells)
      return MarkdownProblem{line_number, 1,
                             "expected at most " + std::to_string(kMaxTableCells) +
                                 " table cells in one text, got more by this row"};
    previous = content;
  }
  if (auto problem = end_paragraph()) return problem;
  return std::nullopt;
}

Html render_markdown(std::string_view markdown, const Wording& words, int under_level) {
  cmark_gfm_core_extensions_ensure_registered();
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART;
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options),
                                                                     cmark_parser_free);
  for (const char* name : {"table", "strikethrough", "autolink"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                              cmark_node_free);
  // The author's headings go under the page heading they sit in, without skipping a level:
  // the levels used are numbered in order from `under_level` + 1, so "## Orsaker" alone
  // under an h2 is an h3, and "# A" then "### B" become h3 and h4.
  std::vector<cmark_node*> headings;
  cmark_iter* iter = cmark_iter_new(doc.get());
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) headings.push_back(node);
  }
  cmark_iter_free(iter);
  std::set<int> used;
  for (cmark_node* h : headings) used.insert(cmark_node_get_heading_level(h));
  for (cmark_node* h : headings) {
    const int rank = static_cast<int>(std::distance(used.begin(), used.find(cmark_node_get_heading_level(h))));
    cmark_node_set_heading_level(h, std::min(6, under_level + 1 + rank));
  }
  char* html = cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  std::free(html);
  // cmark's smart punctuation opens quotations as English does; other languages differ.
  for (auto [english, wanted] : {std::pair{std::string_view("\u201c"), words.opening_double_quote},
                                 std::pair{std::string_view("\u2018"), words.opening_single_quote}})
    if (english != wanted)
      for (size_t at = out.find(english); at != std::string::npos; at = out.find(english, at + wanted.size()))
        out.replace(at, english.size(), wanted);
  // cmark-gfm escapes the text and, without CMARK_OPT_UNSAFE, drops raw HTML and
  // javascript: links; the quotes swapped in above are plain characters.
  return Html::trusted(std::move(out));
}

}  // namespace jamfor
