#pragma once
// Small text helpers shared by the readers of spreadsheets people write by hand.

#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// The whole file, or nullopt after reporting "cannot read file" at `path`.
std::optional<std::string> read_text_file(const std::string& path, Diagnostics& diags);

// No-break and thin spaces (U+00A0, U+202F, U+2009), which Excel and web pages put in names
// and numbers, as plain spaces.
std::string plain_spaces(std::string_view s);

// Without leading and trailing spaces and tabs; no-break spaces count as spaces.
std::string trimmed(std::string_view s);

// Lower-case ASCII and the Latin-1 capitals of UTF-8 (Å, Ä, Ö, É, …), so headers and names
// compare the way a person reads them.
std::string lower_swedish(std::string_view s);

// lower_swedish with every run of the characters in `spaces` made one space, trimmed: keys
// that match however a person spaced, wrapped or hyphenated the text.
std::string lower_swedish_key(std::string_view s, std::string_view spaces);

// "T", "K", "M", "totalt", "kvinnor", "män" (any case; empty is the total).
std::optional<Gender> parse_gender(std::string_view text);

}  // namespace jamfor
