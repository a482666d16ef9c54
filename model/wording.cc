#include "model/wording.h"

namespace jamfor {

extern const Wording kEnglish;
extern const Wording kSwedish;

const Wording& wording(std::string_view language) { return language == "en" ? kEnglish : kSwedish; }

}  // namespace jamfor
