#include "site/downloads.h"

#include <boost/json.hpp>

#include "generator/number_format.h"
#include "generator/json_text.h"

namespace jamfor {
namespace {

enum class Quoting { WhenNeeded, Always };

std::string quoted(const std::string& text, char separator, Quoting quoting = Quoting::WhenNeeded) {
  if (quoting == Quoting::WhenNeeded && text.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos)
    return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// "-12", "+3", "-3,5", "0.25": what Excel reads as a number, never as a formula. A formula
// needs more than a sign and digits ("-2+3", "-A1"), so only these are left as they are.
bool is_plain_number(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  size_t digits = 0, separators = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if ((c == ',' || c == '.') && ++separators == 1) continue;
    else return false;
  }
  return digits > 0;
}

// OWASP's advice against formula injection (CWE-1236): text that Excel or LibreOffice would
// run as a formula ("=HYPERLINK(…)", "+cmd", "-2+3", "@SUM(…)", or one hidden behind a tab or
// carriage return) is written with a leading apostrophe, which makes it text, inside quotes,
// so that no separator or quote in it can end the cell early.
bool needs_defusing(std::string_view s) {
  return !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !is_plain_number(s);
}

std::string text_cell(const std::string& text, CsvDialect dialect) {
  const char sep = dialect == CsvDialect::ExcelSwedish ? ';' : ',';
  if (dialect == CsvDialect::ExcelSwedish && needs_defusing(text)) return quoted("'" + text, sep, Quoting::Always);
  return quoted(text, sep);
}

std::string cell_text(const DataCell& cell, CsvDialect dialect) {
  if (const double* v = std::get_if<double>(&cell)) return dialect == CsvDialect::ExcelSwedish ? format_excel(*v) : format_plain(*v);
  if (const std::string* s = std::get_if<std::string>(&cell)) return text_cell(*s, dialect);
  return "";
}

}  // namespace

std::string to_csv(const DataTable& table, CsvDialect dialect) {
  const bool excel = dialect == CsvDialect::ExcelSwedish;
  const std::string sep = excel ? ";" : ",";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  for (size_t i = 0; i < table.columns.size(); ++i) out += (i ? sep : "") + text_cell(table.columns[i], dialect);
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? sep : "") + cell_text(row[i], dialect);
    out += "\r\n";
  }
  return out;
}

std::string to_json(const DataTable& table) {
  namespace json = boost::json;
  json::array columns, rows;
  for (const auto& c : table.columns) columns.push_back(json::value(c));
  for (const auto& row : table.rows) {
    json::object o;
    for (size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
      if (const double* v = std::get_if<double>(&row[i])) o[table.columns[i]] = *v;
      else if (const std::string* s = std::get_if<std::string>(&row[i]); s && !s->empty()) o[table.columns[i]] = *s;
      else o[table.columns[i]] = nullptr;
    }
    rows.push_back(std::move(o));
  }
  json::object doc{{"title", table.title}, {"unit", table.unit}, {"source", table.source},
                   {"columns", std::move(columns)}, {"rows", std::move(rows)}};
  return to_json_text(json::value(std::move(doc)));
}

std::vector<DownloadFile> download_files(const std::string& stem, const DataTable& table) {
  return {{stem + ".csv", to_csv(table, CsvDialect::ExcelSwedish)},
          {stem + ".plain.csv", to_csv(table, CsvDialect::Plain)},
          {stem + ".json", to_json(table)}};
}

Html download_links(const std::string& stem, std::string_view what, const Wording& w) {
  const Html s = escape(stem);
  return "<p class=\"downloads\">"_html + escape(w.download) + " "_html + escape(what) + ": <a href=\""_html + s +
         ".csv\" download>"_html + escape(w.csv_for_excel) + "</a> · <a href=\""_html + s + ".plain.csv\" download>"_html +
         escape(w.plain_csv) + "</a> · <a href=\""_html + s + ".json\">"_html + escape(w.json_file) + "</a></p>\n"_html;
}

}  // namespace jamfor
