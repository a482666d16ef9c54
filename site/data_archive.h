#pragma once
// data/jamfor-data.zip: every data file of the site (CSV and JSON) in one download, for
// whoever wants all of it rather than a page at a time.

#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace jamfor {

inline constexpr const char* kDataArchive = "data/jamfor-data.zip";

// Zips a read-me (`readme_name`: "LÄSMIG.txt") and `files` (relative to `root`, in this
// order, under the same names) into `zip_path`.
// Every entry gets `mtime`, so the same files give a byte-identical archive. Returns what
// went wrong, if anything. The files are compressed on `jobs` threads; the archive does not
// depend on how many. An entry of `previous_path` (the last build's archive, if there is one)
// whose name, size and CRC-32 are a file's is copied as it is instead of compressing the file
// again, so a rebuild after a small change compresses only what changed.
std::optional<std::string> write_data_archive(const std::string& zip_path, const std::string& root,
                                              const std::vector<std::string>& files, const std::string& readme_name,
                                              const std::string& readme, std::time_t mtime, unsigned jobs = 1,
                                              const std::string& previous_path = "");

}  // namespace jamfor
