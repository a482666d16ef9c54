#include "site/data_archive.h"

#include <zip.h>

#include <filesystem>

namespace jamfor {

std::optional<std::string> write_data_archive(const std::string& zip_path, const std::string& root,
                                              const std::vector<std::string>& files, const std::string& readme_name,
                                              const std::string& readme, std::time_t mtime) {
  int code = 0;
  zip_t* zip = zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!zip) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return "cannot create the archive: " + message;
  }
  auto fail = [&](const std::string& what) -> std::optional<std::string> {
    std::string message = what + ": " + zip_strerror(zip);
    zip_discard(zip);
    return message;
  };
  auto add = [&](const std::string& name, zip_source_t* source) -> bool {
    if (!source) return false;
    const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return false;
    }
    return zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), mtime, 0) == 0;
  };
  // The buffer must outlive zip_close, which is when libzip reads its sources.
  if (!add(readme_name, zip_source_buffer(zip, readme.data(), readme.size(), 0))) return fail(readme_name);
  for (const auto& file : files) {
    const std::string path = (std::filesystem::path(root) / file).string();
    if (!add(file, zip_source_file(zip, path.c_str(), 0, -1))) return fail(path);
  }
  if (zip_close(zip) != 0) return fail("cannot write the archive");
  return std::nullopt;
}

}  // namespace jamfor
