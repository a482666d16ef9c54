#include "site/browser_assets.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("vega-interpreter's module becomes a classic script over window.vega") {
  auto out = vega_interpreter_script(
      "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';\n"
      "function expression(ast) { return ast; }\n"
      "export { expression as expressionInterpreter };\n");
  REQUIRE(out.index() == 0);
  const std::string& script = std::get<0>(out);
  CHECK(script.find("import") == std::string::npos);
  CHECK(script.find("export") == std::string::npos);
  CHECK(script.find("var ascending = vega.ascending, isString = vega.isString,") != std::string::npos);
  CHECK(script.find("window.vegaInterpreter = { expressionInterpreter: expression };") != std::string::npos);
  CHECK(script.rfind("})(window.vega);\n") == script.size() - 17);
}

TEST_CASE("a vega-interpreter of another shape is refused, not half-converted") {
  auto out = vega_interpreter_script(
      "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';\n"
      "import { field } from 'vega-util';\n"
      "export { expression as expressionInterpreter };\n");
  REQUIRE(out.index() == 1);
  CHECK(std::get<1>(out) ==
        "expected one line \"import { ascending, isString, DisallowedObjectProperties } from 'vega-util';\"; "
        "has vega-interpreter changed its build?");
}
