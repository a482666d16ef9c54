#pragma once

#include <string>
#include <string_view>

#include "model/wording.h"
#include "site/html_text.h"

namespace jamfor {

// GitHub-flavoured Markdown to HTML. Raw HTML in the input is dropped and javascript: links
// are removed (cmark-gfm without CMARK_OPT_UNSAFE), so authors' text cannot inject script.
// The author's headings become the levels below `under_level`, the page heading the text
// sits under (2: an h2), in order and without gaps.
Html render_markdown(std::string_view markdown, const Wording& words, int under_level = 2);

}  // namespace jamfor
