#pragma once

#include <string>
#include <string_view>

namespace jamfor {

// GitHub-flavoured Markdown to HTML. Raw HTML in the input is dropped and javascript: links
// are removed (cmark-gfm without CMARK_OPT_UNSAFE), so authors' text cannot inject script.
// Headings are shifted down by `heading_offset` levels to fit under the page's own headings.
std::string render_markdown(std::string_view markdown, int heading_offset = 2);

}  // namespace jamfor
