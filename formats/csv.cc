#include "formats/csv.h"

#include <fstream>

#include "formats/utf8.h"

namespace jamfor {
namespace {

constexpr int kSeparatorLines = 30;

// The separator found on more of the first lines (outside quotes), then the more frequent:
// a title row above the header ("Öppna jämförelser 2022, Blekinge län") or decimal commas
// in a ';' table cannot outvote the rows.
char detect_separator(std::string_view text) {
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
      if (++line == kSeparatorLines) break;
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
void report(const TextFault& fault, const std::string& path, Diagnostics& diags) {
  diags.error({path, fault.line, 0}, fault.kind == TextFaultKind::NotUtf8
                                         ? "expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"
                                         : text_fault_message(fault));
}

}  // namespace

CsvParser::CsvParser(std::string path, Diagnostics& diags, CsvRowFn each)
    : path_(std::move(path)), diags_(diags), each_(std::move(each)) {
  row_.line = 1;
}

void CsvParser::feed(std::string_view piece) {
  if (!separator_) {
    // The first lines choose the separator, as they would in the whole text.
    for (size_t i = 0; i < piece.size(); ++i) {
      const char c = piece[i];
      head_ += c;
      if (c == '"') head_quoted_ = !head_quoted_;
      if (!head_quoted_ && c == '\n' && ++head_lines_ == kSeparatorLines) {
        start();
        piece.remove_prefix(i + 1);
        break;
      }
    }
    if (!separator_) return;
  }
  parse(piece);
}

void CsvParser::parse(std::string_view s) {
  // Most bytes are ordinary text of a cell: runs of them are copied at once, and take() sees
  // only the bytes that may change the state.
  const char sep = *separator_;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    if (in_quotes_ && !quote_seen_) {
      while (j < s.size() && s[j] != '"' && s[j] != '\n') ++j;
    } else if (!in_quotes_ && !cr_seen_ && !cell_.empty()) {
      while (j < s.size() && s[j] != sep && s[j] != '"' && s[j] != '\n' && s[j] != '\r') ++j;
    }
    cell_.append(s.data() + i, j - i);
    if (j < s.size()) take(s[j++]);
    i = j;
  }
}

void CsvParser::start() {
  std::string head;
  head.swap(head_);
  std::string_view text = head;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  separator_ = detect_separator(text);
  parse(text);
}

void CsvParser::end_row() {
  row_.cells.push_back(std::move(cell_));
  cell_.clear();
  if (!is_blank(row_)) each_(std::move(row_), *separator_);
  row_ = CsvRow{};
  row_.line = line_;
}

void CsvParser::take(char c) {
  if (in_quotes_) {
    if (quote_seen_) {  // the '"' before closed the quotes, unless this one doubles it
      quote_seen_ = false;
      if (c == '"') {
        cell_ += '"';
        return;
      }
      in_quotes_ = false;
    } else if (c == '"') {
      quote_seen_ = true;
      return;
    } else {
      if (c == '\n') ++line_;
      cell_ += c;
      return;
    }
  }
  if (cr_seen_) {  // a CR ends the row; a LF right after it belongs to it
    cr_seen_ = false;
    if (c == '\n') return;
  }
  if (c == '"' && cell_.find_first_not_of(" \t") == std::string::npos) {
    cell_.clear();
    in_quotes_ = true;
    quote_line_ = line_;
  } else if (c == *separator_) {
    row_.cells.push_back(std::move(cell_));
    cell_.clear();
  } else if (c == '\n' || c == '\r') {
    ++line_;
    end_row();
    cr_seen_ = c == '\r';
  } else {
    cell_ += c;
  }
}

void CsvParser::finish() {
  if (!separator_) start();
  if (quote_seen_) {
    quote_seen_ = false;
    in_quotes_ = false;
  }
  if (in_quotes_) diags_.error({path_, quote_line_, 0}, "quoted field is never closed");
  if (!cell_.empty() || !row_.cells.empty()) end_row();
}

bool check_csv_text(std::string_view text, const std::string& path, Diagnostics& diags) {
  auto fault = find_text_fault(text);
  if (fault) report(*fault, path, diags);
  return !fault;
}

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags) {
  CsvTable table;
  if (!check_csv_text(text, path, diags)) return table;
  CsvParser parser(path, diags, [&](CsvRow&& row, char separator) {
    table.separator = separator;
    table.rows.push_back(std::move(row));
  });
  parser.feed(text);
  parser.finish();
  if (table.rows.empty()) {
    std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    table.separator = detect_separator(body);
  }
  return table;
}

bool read_csv_file(const std::string& path, Diagnostics& diags, const CsvRowFn& each) {
  constexpr size_t kBlock = 1 << 20;
  std::string block(kBlock, '\0');
  auto for_each_block = [&](auto&& fn) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    while (in) {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      if (in.gcount() > 0) fn(std::string_view(block.data(), static_cast<size_t>(in.gcount())));
    }
    return in.eof();
  };
  TextChecker checker;
  if (!for_each_block([&](std::string_view piece) { checker.feed(piece); })) {
    diags.error({path, 0, 0}, "cannot read file");
    return false;
  }
  if (!checker.finish()) {
    report(*checker.fault(), path, diags);
    return false;
  }
  CsvParser parser(path, diags, each);
  if (!for_each_block([&](std::string_view piece) { parser.feed(piece); })) {
    diags.error({path, 0, 0}, "cannot read file");
    return false;
  }
  parser.finish();
  return true;
}

}  // namespace jamfor
