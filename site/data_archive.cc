#include "site/data_archive.h"

#include <zip.h>

#include <filesystem>
#include <memory>

#include "site/task_pool.h"

namespace fs = std::filesystem;

namespace jamfor {
namespace {

std::string zip_open_error(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

// Adds `source` as `name`, dated `mtime`; frees `source` when it cannot.
bool add(zip_t* zip, const std::string& name, zip_source_t* source, std::time_t mtime) {
  if (!source) return false;
  const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    return false;
  }
  return zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), mtime, 0) == 0;
}

struct ZipCloser {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};
using OpenZip = std::unique_ptr<zip_t, ZipCloser>;

// Files [first, last) of `files`, compressed into the archive `path`; the error text, if any.
std::optional<std::string> write_part(const fs::path& path, const std::string& root, const std::vector<std::string>& files,
                                      size_t first, size_t last, std::time_t mtime) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!zip) return "cannot create the archive: " + zip_open_error(code);
  for (size_t i = first; i < last; ++i) {
    const std::string file = (fs::path(root) / files[i]).string();
    if (!add(zip, files[i], zip_source_file(zip, file.c_str(), 0, -1), mtime)) {
      std::string message = file + ": " + zip_strerror(zip);
      zip_discard(zip);
      return message;
    }
  }
  if (zip_close(zip) != 0) {
    std::string message = "cannot write the archive: " + std::string(zip_strerror(zip));
    zip_discard(zip);
    return message;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_data_archive(const std::string& zip_path, const std::string& root,
                                              const std::vector<std::string>& files, const std::string& readme_name,
                                              const std::string& readme, std::time_t mtime, unsigned jobs) {
  // Compressing is most of the work: each thread compresses a run of the files into an archive
  // of its own, and the archive is then put together from them in order, copying their
  // compressed data as it is, so it is the same, byte for byte, as one written by one thread.
  const size_t parts = std::max<size_t>(1, std::min<size_t>(jobs ? jobs : 1, files.size()));
  std::vector<fs::path> part_paths;
  // Named like `zip_path` with ".partN" before its extension, so what removes a killed
  // build's temp files by their ending removes these too.
  const fs::path whole(zip_path);
  for (size_t p = 0; p < parts; ++p)
    part_paths.push_back(whole.parent_path() /
                         (whole.stem().string() + ".part" + std::to_string(p) + whole.extension().string()));
  auto first_of = [&](size_t p) { return files.size() * p / parts; };
  std::vector<std::optional<std::string>> part_errors(parts);
  run_tasks(parts, static_cast<unsigned>(parts), [&](size_t p) {
    part_errors[p] = write_part(part_paths[p], root, files, first_of(p), first_of(p + 1), mtime);
  });
  struct Cleanup {
    const std::vector<fs::path>& paths;
    ~Cleanup() {
      std::error_code ec;
      for (const auto& p : paths) fs::remove(p, ec);
    }
  } cleanup{part_paths};
  for (auto& e : part_errors)
    if (e) return e;

  std::vector<OpenZip> opened;
  for (const auto& path : part_paths) {
    int code = 0;
    opened.emplace_back(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!opened.back()) return "cannot read back '" + path.string() + "': " + zip_open_error(code);
  }
  int code = 0;
  OpenZip zip(zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
  if (!zip) return "cannot create the archive: " + zip_open_error(code);
  auto fail = [&](const std::string& what) -> std::optional<std::string> { return what + ": " + zip_strerror(zip.get()); };
  // The buffer must outlive zip_close, which is when libzip reads its sources.
  if (!add(zip.get(), readme_name, zip_source_buffer(zip.get(), readme.data(), readme.size(), 0), mtime))
    return fail(readme_name);
  for (size_t p = 0; p < parts; ++p)
    for (size_t i = first_of(p); i < first_of(p + 1); ++i) {
      zip_source_t* raw = zip_source_zip(zip.get(), opened[p].get(), i - first_of(p), ZIP_FL_COMPRESSED, 0, -1);
      if (!add(zip.get(), files[i], raw, mtime)) return fail(files[i]);
    }
  if (zip_close(zip.get()) != 0) return fail("cannot write the archive");
  zip.release();  // closed
  return std::nullopt;
}

}  // namespace jamfor
