#pragma once
// What `jamfor fetch` asks Kolada for, from the project: [kolada] says what to fetch, and
// [comparison] adds what the comparison needs (the scope, the focus and their counties'
// regions, Riket, the similar group, the population).

#include <optional>
#include <string>

#include "kolada/fetch.h"
#include "model/project.h"

namespace jamfor {

// nullopt with *error set when there is nothing to fetch.
std::optional<KoladaRequest> kolada_request(const Project& project, std::string* error);

}  // namespace jamfor
