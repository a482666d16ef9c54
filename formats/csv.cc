#include "formats/csv.h"

namespace jamfor {
namespace {

// The separator found on more of the first lines (outside quotes), then the more frequent:
// a title row above the header ("Öppna jämförelser 2022, Blekinge län") or decimal commas
// in a ';' table cannot outvote the rows.
char detect_separator(std::string_view text) {
  constexpr int kLines = 30;
  size_t lines_with[2] = {0, 0}, total[2] = {0, 0};  // [0] ';', [1] ','
  bool seen[2] = {false, false};
  bool quoted = false;
  int line = 0;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      for (int k = 0; k < 2; ++k) lines_with[k] += seen[k];
      seen[0] = seen[1] = false;
      if (++line == kLines) break;
    }
    if (c == ';' || c == ',') {
      int k = c == ';' ? 0 : 1;
      seen[k] = true;
      ++total[k];
    }
  }
  for (int k = 0; k < 2; ++k) lines_with[k] += seen[k];
  if (lines_with[0] != lines_with[1]) return lines_with[1] > lines_with[0] ? ',' : ';';
  return total[1] > total[0] ? ',' : ';';
}

bool is_blank(const CsvRow& row) {
  for (const auto& c : row.cells)
    if (c.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

// Excel's plain "CSV" is Windows-1252: say so instead of showing mangled å, ä, ö later.
int first_invalid_utf8_line(std::string_view text) {
  int line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == '\n') ++line;
    if (c < 0x80) continue;
    int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || c == 0xC0 || c == 0xC1 || i + extra >= text.size()) return line;
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return line;
    i += extra;
  }
  return 0;
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  if (int bad = first_invalid_utf8_line(text)) {
    diags.error({path, bad, 0},
                "expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')");
    return table;
  }
  table.separator = detect_separator(text);
  const char sep = table.separator;

  CsvRow row;
  std::string cell;
  int line = 1;
  row.line = 1;
  bool in_quotes = false;
  int quote_line = 0;
  auto end_row = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
    if (!is_blank(row)) table.rows.push_back(std::move(row));
    row = CsvRow{};
    row.line = line;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.find_first_not_of(" \t") == std::string::npos) {
      cell.clear();
      in_quotes = true;
      quote_line = line;
    } else if (c == sep) {
      row.cells.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n' || c == '\r') {
      ++line;
      end_row();
    } else {
      cell += c;
    }
  }
  if (in_quotes) diags.error({path, quote_line, 0}, "quoted field is never closed");
  if (!cell.empty() || !row.cells.empty()) end_row();
  return table;
}

}  // namespace jamfor
