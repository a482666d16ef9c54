#include "generator/json_text.h"

#include <boost/json/serialize.hpp>

#include "generator/number_format.h"

namespace jamfor {
namespace {

void write(const boost::json::value& v, JsonStyle style, int depth, std::string& out) {
  const bool pretty = style == JsonStyle::Pretty;
  auto newline = [&](int d) {
    if (pretty) out += "\n" + std::string(static_cast<size_t>(d) * 2, ' ');
  };
  switch (v.kind()) {
    case boost::json::kind::double_: out += format_plain(v.get_double()); return;
    case boost::json::kind::object: {
      const auto& o = v.get_object();
      if (o.empty()) { out += "{}"; return; }
      out += "{";
      bool first = true;
      for (const auto& [key, member] : o) {
        if (!first) out += ",";
        first = false;
        newline(depth + 1);
        out += boost::json::serialize(boost::json::string(key));
        out += pretty ? ": " : ":";
        write(member, style, depth + 1, out);
      }
      newline(depth);
      out += "}";
      return;
    }
    case boost::json::kind::array: {
      const auto& a = v.get_array();
      if (a.empty()) { out += "[]"; return; }
      out += "[";
      for (size_t i = 0; i < a.size(); ++i) {
        if (i) out += ",";
        newline(depth + 1);
        write(a[i], style, depth + 1, out);
      }
      newline(depth);
      out += "]";
      return;
    }
    default: out += boost::json::serialize(v); return;
  }
}

}  // namespace

std::string to_json_text(const boost::json::value& value, JsonStyle style) {
  std::string out;
  write(value, style, 0, out);
  if (style == JsonStyle::Pretty) out += "\n";
  return out;
}

}  // namespace jamfor
