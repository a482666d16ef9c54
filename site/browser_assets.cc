#include "site/browser_assets.h"

#include <string>

namespace jamfor {
namespace {

size_t count(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

std::variant<std::string, std::string> vega_interpreter_script(std::string_view module_source) {
  // The module's only import and only export, as vega-interpreter 2.x builds them. Anything
  // else means the package changed shape, and a silently broken chart script is worse than
  // a failed build.
  constexpr std::string_view kImport = "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';\n";
  constexpr std::string_view kExport = "export { expression as expressionInterpreter };\n";
  if (count(module_source, kImport) != 1 || count(module_source, "import ") != 1)
    return std::variant<std::string, std::string>(std::in_place_index<1>,
        "expected one line \"" + std::string(kImport.substr(0, kImport.size() - 1)) + "\"; has vega-interpreter changed its build?");
  if (count(module_source, kExport) != 1 || count(module_source, "export ") != 1)
    return std::variant<std::string, std::string>(std::in_place_index<1>,
        "expected one line \"" + std::string(kExport.substr(0, kExport.size() - 1)) + "\"; has vega-interpreter changed its build?");
  std::string body(module_source);
  body.replace(body.find(kImport), kImport.size(), "var ascending = vega.ascending, isString = vega.isString,\n"
                                                   "    DisallowedObjectProperties = vega.DisallowedObjectProperties;\n");
  body.replace(body.find(kExport), kExport.size(), "window.vegaInterpreter = { expressionInterpreter: expression };\n");
  return std::variant<std::string, std::string>(std::in_place_index<0>,
      "// vega-interpreter, made a classic script by jamfor (see site/browser_assets.h).\n(function (vega) {\n'use strict';\n" +
          body + "})(window.vega);\n");
}

}  // namespace jamfor
