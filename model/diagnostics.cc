#include "model/diagnostics.h"

#include <algorithm>

namespace jamfor {

std::string Diagnostic::format() const {
  std::string out = loc.path;
  if (loc.line > 0) {
    out += ":" + std::to_string(loc.line);
    if (loc.column > 0) out += ":" + std::to_string(loc.column);
  }
  if (!out.empty()) out += ": ";
  out += (severity == Severity::Warning ? "warning: " : "error: ") + message;
  return out;
}

void Diagnostics::error(SourceLoc loc, std::string message) {
  items_.push_back({std::move(loc), std::move(message)});
}

void Diagnostics::warning(SourceLoc loc, std::string message) {
  warnings_.push_back({std::move(loc), std::move(message), Severity::Warning});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  warnings_.insert(warnings_.end(), other.warnings_.begin(), other.warnings_.end());
}

FileErrors::FileErrors(Diagnostics& diags, std::string path, size_t limit)
    : diags_(diags), path_(std::move(path)), limit_(limit) {}

void FileErrors::error(SourceLoc loc, std::string message) {
  if (++count_ <= limit_) diags_.error(std::move(loc), std::move(message));
}

void FileErrors::finish() {
  if (count_ > limit_)
    diags_.error({path_, 0, 0}, std::to_string(count_ - limit_) + " more errors in this file are not shown");
}

Error& Error::with_context(std::string what) {
  context.insert(context.begin(), std::move(what));
  return *this;
}

std::string Error::format() const {
  std::string out;
  for (const auto& d : diagnostics) out += d.format() + "\n";
  for (auto it = context.rbegin(); it != context.rend(); ++it) out += "  while " + *it + "\n";
  return out;
}

namespace {
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = edit_distance(name, c);
    // A candidate that shares nothing with the name ('fr' and 'sv') is no suggestion.
    if (d < best_distance && d < std::min(name.size(), c.size())) {
      best_distance = d;
      best = &c;
    }
  }
  return best ? " (did you mean '" + *best + "'?)" : "";
}

std::string quote(std::string_view text) {
  constexpr size_t kMax = 60;
  std::string out = "'";
  if (text.size() > kMax) {
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    out += std::string(text.substr(0, cut)) + "…";
  } else {
    out += text;
  }
  return out + "'";
}

}  // namespace jamfor
