#pragma once
// HTML as a type of its own. A page is built only from text that went through escape(),
// from string literals written in this code ("<td>"_html), and from the output of a
// library or serializer that is safe by construction (Html::trusted). Nothing converts a
// std::string to Html and no operator mixes the two, so text from a project, a store or a
// table that was not escaped is a compile error rather than a hole in a page.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace jamfor {

class Html {
 public:
  Html() = default;

  // For output that is already safe HTML: cmark-gfm's rendering of Markdown, JSON escaped
  // for a <script> element. Greppable on purpose: every call says at its side why it is safe.
  static Html trusted(std::string html) { return Html(std::move(html)); }

  Html& operator+=(const Html& more) {
    text_ += more.text_;
    return *this;
  }
  friend Html operator+(Html left, const Html& right) {
    left += right;
    return left;
  }
  bool operator==(const Html&) const = default;

  // The text to write to a file.
  const std::string& str() const { return text_; }
  std::string_view view() const { return text_; }
  bool empty() const { return text_.empty(); }

 private:
  explicit Html(std::string text) : text_(std::move(text)) {}

  friend Html escape(std::string_view text);
  friend Html operator""_html(const char* literal, std::size_t size);

  std::string text_;
};

// Text made safe in element content and in quoted attributes: & < > " ' become references.
Html escape(std::string_view text);

// Markup written in our source: a literal operator takes string literals only, so a
// std::string or a char* from elsewhere cannot pass for markup.
inline Html operator""_html(const char* literal, std::size_t size) { return Html(std::string(literal, size)); }

}  // namespace jamfor
