#pragma once
// data/jamfor-data.zip: every data file of the site (CSV and JSON) in one download, for
// whoever wants all of it rather than a page at a time.

#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace jamfor {

inline constexpr const char* kDataArchive = "data/jamfor-data.zip";

// The last build's archive, and which of this build's files (in order) are known to be as that
// build wrote them: their entries are copied as they are instead of being compressed again.
struct PreviousArchive {
  std::string path;             // empty: none
  std::vector<bool> unchanged;  // parallel to the files; missing ones count as changed
};

// Zips a read-me (`readme_name`: "LÄSMIG.txt") and `files` (relative to `root`, in this
// order, under the same names) into `zip_path`.
// Every entry gets `mtime`, so the same files give a byte-identical archive. Returns what
// went wrong, if anything. The files are compressed on `jobs` threads; the archive does not
// depend on how many, nor on which entries came from `previous` (an archive written by another
// version of this function is not used).
std::optional<std::string> write_data_archive(const std::string& zip_path, const std::string& root,
                                              const std::vector<std::string>& files, const std::string& readme_name,
                                              const std::string& readme, std::time_t mtime, unsigned jobs = 1,
                                              const PreviousArchive& previous = {});

}  // namespace jamfor
