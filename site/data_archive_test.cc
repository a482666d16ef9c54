#include "site/data_archive.h"

#include <unistd.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("data archive: the same on any number of threads, every file in order, nothing left beside it") {
  const fs::path dir = fs::temp_directory_path() / ("jamfor-archive-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "site/data");
  std::vector<std::string> files;
  for (int i = 0; i < 7; ++i) {
    files.push_back("data/k" + std::to_string(i) + ".csv");
    std::ofstream(dir / "site" / files.back()) << std::string(1000 * (i + 1), static_cast<char>('a' + i)) << "\n";
  }
  const std::time_t day = 1764806400;
  for (unsigned jobs : {1u, 2u, 3u, 16u})
    REQUIRE_FALSE(write_data_archive((dir / ("all-" + std::to_string(jobs) + ".zip")).string(), (dir / "site").string(),
                                     files, "LÄSMIG.txt", "Läs mig\r\n", day, jobs));
  const std::string one = read(dir / "all-1.zip");
  CHECK(read(dir / "all-2.zip") == one);
  CHECK(read(dir / "all-3.zip") == one);
  CHECK(read(dir / "all-16.zip") == one);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 5);  // site and the four archives

  int code = 0;
  zip_t* zip = zip_open((dir / "all-3.zip").c_str(), ZIP_RDONLY, &code);
  REQUIRE(zip);
  REQUIRE(zip_get_num_entries(zip, 0) == 8);
  CHECK(std::string(zip_get_name(zip, 0, 0)) == "LÄSMIG.txt");
  for (size_t i = 0; i < files.size(); ++i) {
    CHECK(std::string(zip_get_name(zip, i + 1, 0)) == files[i]);
    zip_stat_t st;
    REQUIRE(zip_stat_index(zip, i + 1, 0, &st) == 0);
    CHECK(st.size == 1000 * (i + 1) + 1);
    CHECK(st.mtime == day);
    std::string content(st.size, '\0');
    zip_file_t* f = zip_fopen_index(zip, i + 1, 0);
    REQUIRE(f);
    CHECK(zip_fread(f, content.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    CHECK(content == read(dir / "site" / files[i]));
  }
  zip_close(zip);
  fs::remove_all(dir);
}

TEST_CASE("data archive: a site without data files still gets its read-me") {
  const fs::path dir = fs::temp_directory_path() / ("jamfor-archive-empty-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  REQUIRE_FALSE(write_data_archive((dir / "all.zip").string(), dir.string(), {}, "LÄSMIG.txt", "Läs mig\r\n", 0, 4));
  int code = 0;
  zip_t* zip = zip_open((dir / "all.zip").c_str(), ZIP_RDONLY, &code);
  REQUIRE(zip);
  CHECK(zip_get_num_entries(zip, 0) == 1);
  zip_close(zip);
  fs::remove_all(dir);
}

TEST_CASE("data archive: the last archive's entries are reused only for files that are the same") {
  const fs::path dir = fs::temp_directory_path() / ("jamfor-archive-reuse-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "site/data");
  std::vector<std::string> files;
  for (int i = 0; i < 6; ++i) {
    files.push_back("data/k" + std::to_string(i) + ".csv");
    std::ofstream(dir / "site" / files.back()) << std::string(500 * (i + 1), static_cast<char>('a' + i)) << "\n";
  }
  const std::time_t day = 1764806400;
  const std::string old_zip = (dir / "old.zip").string();
  REQUIRE_FALSE(write_data_archive(old_zip, (dir / "site").string(), files, "LÄSMIG.txt", "Läs mig\r\n", day, 2));
  // One file changed, one new, one gone.
  std::ofstream(dir / "site/data/k1.csv") << "changed\n";
  files.erase(files.begin() + 4);
  files.push_back("data/new.csv");
  std::ofstream(dir / "site/data/new.csv") << "new\n";
  for (unsigned jobs : {1u, 3u}) {
    const std::string reused = (dir / ("reused-" + std::to_string(jobs) + ".zip")).string();
    const std::string fresh = (dir / ("fresh-" + std::to_string(jobs) + ".zip")).string();
    // k1 is marked unchanged by mistake: its size tells it is not.
    const PreviousArchive last{old_zip, {true, true, true, true, true, false}};
    REQUIRE_FALSE(write_data_archive(reused, (dir / "site").string(), files, "LÄSMIG.txt", "Läs mig\r\n", day + 86400,
                                     jobs, last));
    REQUIRE_FALSE(write_data_archive(fresh, (dir / "site").string(), files, "LÄSMIG.txt", "Läs mig\r\n", day + 86400, jobs));
    CHECK(read(reused) == read(fresh));
  }
  // The caller's word is taken for the content (only the size is checked): an entry marked
  // unchanged is copied, not compressed again.
  {
    std::ofstream(dir / "site/data/k0.csv") << std::string(500, 'z') << "\n";  // same size as before
    const std::string trusted = (dir / "trusted.zip").string();
    REQUIRE_FALSE(write_data_archive(trusted, (dir / "site").string(), {"data/k0.csv"}, "LÄSMIG.txt", "Läs mig\r\n",
                                     day, 1, {old_zip, {true}}));
    int code = 0;
    zip_t* zip = zip_open(trusted.c_str(), ZIP_RDONLY, &code);
    REQUIRE(zip);
    std::string content(501, '\0');
    zip_file_t* f = zip_fopen(zip, "data/k0.csv", 0);
    REQUIRE(f);
    CHECK(zip_fread(f, content.data(), content.size()) == 501);
    zip_fclose(f);
    zip_close(zip);
    CHECK(content == std::string(500, 'a') + "\n");
    std::ofstream(dir / "site/data/k0.csv") << std::string(500, 'a') << "\n";
  }
  // A previous archive that is not one is ignored.
  std::ofstream(dir / "broken.zip") << "not a zip";
  REQUIRE_FALSE(write_data_archive((dir / "after-broken.zip").string(), (dir / "site").string(), files, "LÄSMIG.txt",
                                   "Läs mig\r\n", day + 86400, 2,
                                   {(dir / "broken.zip").string(), std::vector<bool>(files.size(), true)}));
  CHECK(read(dir / "after-broken.zip") == read(dir / "fresh-1.zip"));
  fs::remove_all(dir);
}
