#include "site/html_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <type_traits>

using namespace jamfor;

namespace {

// What must not compile, checked by the compiler: text becomes Html only by escaping.
template <typename L, typename R>
concept Addable = requires(L l, R r) { l + r; };
template <typename L, typename R>
concept AddAssignable = requires(L l, R r) { l += r; };

static_assert(!std::is_constructible_v<Html, std::string>);
static_assert(!std::is_constructible_v<Html, const char*>);
static_assert(!std::is_constructible_v<Html, std::string_view>);
static_assert(!std::is_convertible_v<std::string, Html>);
static_assert(!std::is_convertible_v<const char*, Html>);
static_assert(!std::is_convertible_v<Html, std::string>);
static_assert(!Addable<Html, std::string>);
static_assert(!Addable<std::string, Html>);
static_assert(!Addable<Html, const char*>);
static_assert(!Addable<const char*, Html>);
static_assert(!AddAssignable<Html&, std::string>);
static_assert(!AddAssignable<Html&, const char*>);
static_assert(!AddAssignable<std::string&, Html>);
static_assert(Addable<Html, Html> && AddAssignable<Html&, Html>);

}  // namespace

TEST_CASE("escape: a script tag becomes text") {
  CHECK(escape("<script>alert('x')</script>").str() == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
}

TEST_CASE("escape: quotes, so text is safe in attributes") {
  CHECK(escape("\" onmouseover=\"x").str() == "&quot; onmouseover=&quot;x");
  CHECK(escape("'").str() == "&#39;");
}

TEST_CASE("escape: ampersands, also in what looks like an entity") {
  CHECK(escape("Vård & omsorg").str() == "Vård &amp; omsorg");
  CHECK(escape("&lt;").str() == "&amp;lt;");
}

TEST_CASE("escape: other text, including UTF-8, is unchanged") {
  CHECK(escape("Måluppföljning 2016 – 57\u00a0% ✓").str() == "Måluppföljning 2016 – 57\u00a0% ✓");
  CHECK(escape("").str() == "");
}

TEST_CASE("Html: literals are markup, escaped text is text") {
  const Html cell = "<td>"_html + escape("5 < 7 & \"ja\"") + "</td>"_html;
  CHECK(cell.str() == "<td>5 &lt; 7 &amp; &quot;ja&quot;</td>");
  CHECK(cell.view() == cell.str());
}

TEST_CASE("Html: += appends, an empty Html adds nothing") {
  Html h;
  CHECK(h.empty());
  h += "<ul>\n"_html;
  h += Html();
  h += "<li>"_html + escape("<b>") + "</li>\n"_html;
  h += "</ul>\n"_html;
  CHECK(h.str() == "<ul>\n<li>&lt;b&gt;</li>\n</ul>\n");
  CHECK_FALSE(h.empty());
}

TEST_CASE("Html: trusted output passes unchanged") {
  CHECK(Html::trusted("<p><em>ja</em></p>\n").str() == "<p><em>ja</em></p>\n");
  CHECK(Html::trusted("<b>") == "<b>"_html);
  CHECK_FALSE(escape("<b>") == "<b>"_html);
}
