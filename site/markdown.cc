#include "site/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <iterator>
#include <memory>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace jamfor {

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
