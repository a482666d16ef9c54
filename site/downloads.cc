#include "site/downloads.h"

#include <boost/json.hpp>

#include "generator/number_format.h"
#include "generator/json_text.h"

namespace jamfor {
namespace {

std::string quoted(const std::string& text, char separator) {
  if (text.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string cell_text(const DataCell& cell, CsvDialect dialect) {
  const char sep = dialect == CsvDialect::ExcelSwedish ? ';' : ',';
  if (const double* v = std::get_if<double>(&cell)) return dialect == CsvDialect::ExcelSwedish ? format_excel(*v) : format_plain(*v);
  if (const std::string* s = std::get_if<std::string>(&cell)) {
    if (dialect == CsvDialect::ExcelSwedish && !s->empty() && std::string_view("=+-@\t\r").find((*s)[0]) != std::string_view::npos)
      return quoted("'" + *s, sep);
    return quoted(*s, sep);
  }
  return "";
}

}  // namespace

std::string to_csv(const DataTable& table, CsvDialect dialect) {
  const bool excel = dialect == CsvDialect::ExcelSwedish;
  const std::string sep = excel ? ";" : ",";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  for (size_t i = 0; i < table.columns.size(); ++i) out += (i ? sep : "") + quoted(table.columns[i], sep[0]);
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
