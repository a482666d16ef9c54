#pragma once
// The browser libraries a site ships, copied from the lock-filed npm packages. Sites are
// opened from file://, where Chromium refuses ES modules, so a library published only as an
// ES module is turned into a classic script here, against the globals the others define.

#include <string>
#include <string_view>
#include <variant>

namespace jamfor {

// vega-interpreter (the expression evaluator that needs no `new Function`, so charts draw
// under a Content-Security-Policy without 'unsafe-eval') as a classic script that defines
// `window.vegaInterpreter.expressionInterpreter`. It takes its helpers from `window.vega`,
// so it loads after vega.min.js. Returns the script, or what in the module was unexpected.
std::variant<std::string, std::string> vega_interpreter_script(std::string_view module_source);

}  // namespace jamfor
