#include "site/site_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace jamfor {
namespace {

constexpr std::string_view kTempEnd = ".jamfor-tmp";
constexpr std::string_view kManifestHeader = "jamfor-manifest 3";

// A warning on one line: "warning<TAB>file<TAB>line<TAB>column<TAB>message", the message's own
// tabs and line breaks made spaces.
std::string warning_line(const Diagnostic& d) {
  std::string message = d.message;
  std::replace_if(message.begin(), message.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return "warning\t" + d.loc.path + "\t" + std::to_string(d.loc.line) + "\t" + std::to_string(d.loc.column) + "\t" +
         message + "\n";
}

std::optional<Diagnostic> read_warning(const std::string& line) {
  std::istringstream fields(line);
  std::string tag, file, at_line, at_column, message;
  if (!std::getline(fields, tag, '\t') || tag != "warning" || !std::getline(fields, file, '\t') ||
      !std::getline(fields, at_line, '\t') || !std::getline(fields, at_column, '\t') || !std::getline(fields, message))
    return std::nullopt;
  Diagnostic d{{file, std::atoi(at_line.c_str()), std::atoi(at_column.c_str())}, message, Severity::Warning};
  return d;
}

constexpr std::string_view kNewFolder = ".jamfor-new.";
constexpr std::string_view kOldFolder = ".jamfor-old.";

std::int64_t mtime_ns(const struct stat& st) {
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

// Whether the file at `path` holds exactly `content`; a missing file does not.
bool holds(const fs::path& path, std::string_view content) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<size_t>(st.st_size) != content.size())
    return false;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buffer(std::min<size_t>(content.size(), 1 << 20), '\0');
  size_t at = 0;
  bool same = true;
  while (same && at < content.size()) {
    const ssize_t n = ::read(fd, buffer.data(), std::min(buffer.size(), content.size() - at));
    if (n <= 0) {
      same = false;
      break;
    }
    same = content.compare(at, static_cast<size_t>(n), std::string_view(buffer.data(), static_cast<size_t>(n))) == 0;
    at += static_cast<size_t>(n);
  }
  ::close(fd);
  return same;
}

// True when the files at `a` and `b` hold the same bytes; files of different sizes are not read.
bool same_content(const fs::path& a, const fs::path& b) {
  std::error_code ec1, ec2;
  const auto size = fs::file_size(a, ec1);
  if (ec1 || size != fs::file_size(b, ec2) || ec2) return false;
  std::ifstream in_a(a, std::ios::binary), in_b(b, std::ios::binary);
  std::string buf_a(1 << 20, '\0'), buf_b(1 << 20, '\0');
  while (in_a && in_b) {
    in_a.read(buf_a.data(), static_cast<std::streamsize>(buf_a.size()));
    in_b.read(buf_b.data(), static_cast<std::streamsize>(buf_b.size()));
    if (in_a.gcount() != in_b.gcount() || buf_a.compare(0, static_cast<size_t>(in_a.gcount()), buf_b, 0,
                                                        static_cast<size_t>(in_b.gcount())) != 0)
      return false;
  }
  return in_a.eof() && in_b.eof();
}

std::optional<std::string> write_all(const fs::path& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return "cannot write file: " + std::string(std::strerror(errno));
  size_t at = 0;
  while (at < content.size()) {
    const ssize_t n = ::write(fd, content.data() + at, content.size() - at);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      return "cannot write file: " + why;
    }
    at += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return "cannot write file: " + std::string(std::strerror(errno));
  return std::nullopt;
}

bool has_marker(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / kSiteMarker, ec);
}

bool is_empty_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec) && fs::directory_iterator(p, ec) == fs::directory_iterator();
}

// Removes a folder of ours, its marker last: a removal killed half-way leaves a folder still
// known as ours, which the next build removes in its turn.
void remove_marked(const fs::path& dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().filename() != kSiteMarker) fs::remove_all(e.path(), ec);
  fs::remove(dir / kSiteMarker, ec);
  fs::remove(dir, ec);
}

// What killed builds left: fresh folders beside the target (and the previous site moved aside
// by jamfor versions that swapped whole folders), each with our marker; temp files inside it.
void remove_leftovers(const fs::path& target) {
  std::error_code ec;
  const std::string stem = target.filename().string();
  for (const auto& e : fs::directory_iterator(target.parent_path().empty() ? "." : target.parent_path(), ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(stem + std::string(kNewFolder)) && !name.starts_with(stem + std::string(kOldFolder))) continue;
    // Without a marker only when killed between making the folder and writing the marker:
    // then it is empty, and fs::remove takes nothing else.
    if (has_marker(e.path())) remove_marked(e.path());
    else fs::remove(e.path(), ec);
  }
  if (!has_marker(target)) return;
  std::vector<fs::path> temps;
  for (auto it = fs::recursive_directory_iterator(target, ec); it != fs::recursive_directory_iterator(); it.increment(ec))
    // libzip writes its own temp file beside ours: NAME.PID.jamfor-tmp.XXXXXX.
    if (it->path().filename().string().find(kTempEnd) != std::string::npos) temps.push_back(it->path());
  for (const auto& t : temps) fs::remove(t, ec);
}

// The files in the site now: what this build does not write goes, whoever put it there, as
// the marker says (the folder is the build's output and nothing else).
std::vector<std::string> every_file(const fs::path& site) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(site, ec); it != fs::recursive_directory_iterator(); it.increment(ec))
    // lexically: fs::relative resolves both paths through every link, a realpath per file.
    if (!it->is_directory(ec)) files.push_back(it->path().lexically_relative(site).generic_string());
  return files;
}

}  // namespace

bool is_build_leftover(std::string_view name) {
  return name.find(kTempEnd) != std::string_view::npos || name.find(kNewFolder) != std::string_view::npos ||
         name.find(kOldFolder) != std::string_view::npos;
}

std::optional<Manifest> read_manifest(const fs::path& site) {
  std::ifstream in(site / kManifest, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line != kManifestHeader) return std::nullopt;
  Manifest m;
  if (!std::getline(in, line) || !line.starts_with("inputs ")) return std::nullopt;
  m.build.inputs = line.substr(7);
  if (!std::getline(in, line) || !line.starts_with("comparison ")) return std::nullopt;
  m.build.comparison_inputs = line.substr(11);
  if (!std::getline(in, line) || !line.starts_with("pages ")) return std::nullopt;
  m.build.pages = std::strtoull(line.c_str() + 6, nullptr, 10);
  while (std::getline(in, line)) {
    if (line.starts_with("warning\t")) {
      auto w = read_warning(line);
      if (!w) return std::nullopt;
      m.build.warnings.push_back(std::move(*w));
      continue;
    }
    std::istringstream fields(line);
    ManifestEntry e;
    char part = 0;
    if (!(fields >> e.size >> e.mtime_ns >> part) || (part != '-' && part != 'c') || fields.get() != ' ' ||
        !std::getline(fields, e.path) || e.path.empty())
      return std::nullopt;
    e.part = part == 'c' ? FilePart::Comparison : FilePart::Site;
    m.files.push_back(std::move(e));
  }
  return m;
}

bool files_intact(const fs::path& site, const Manifest& manifest) {
  return files_intact(site, manifest, FilePart::Site) && files_intact(site, manifest, FilePart::Comparison);
}

bool file_intact(const fs::path& site, const ManifestEntry& f) {
  struct stat st {};
  return ::stat((site / f.path).c_str(), &st) == 0 && static_cast<std::uintmax_t>(st.st_size) == f.size &&
         mtime_ns(st) == f.mtime_ns;
}

bool files_intact(const fs::path& site, const Manifest& manifest, FilePart part) {
  return std::all_of(manifest.files.begin(), manifest.files.end(),
                     [&](const ManifestEntry& f) { return f.part != part || file_intact(site, f); });
}

std::optional<std::string> SiteOutput::open(const fs::path& target) {
  target_ = target;
  std::error_code ec;
  if (fs::exists(target, ec) && !has_marker(target) && !is_empty_dir(target))
    return "refusing to replace a folder that jamfor did not write (no " + std::string(kSiteMarker) +
           " in it); choose another --out folder or empty this one";
  remove_leftovers(target);
  temp_suffix_ = "." + std::to_string(::getpid()) + std::string(kTempEnd);
  fresh_ = !has_marker(target);
  if (!fresh_) {
    folder_ = target;
    return std::nullopt;
  }
  folder_ = target.string() + std::string(kNewFolder) + std::to_string(::getpid());
  fs::remove_all(folder_, ec);
  fs::create_directories(folder_, ec);
  if (ec) return "cannot create folder '" + folder_.string() + "': " + ec.message();
  // First, so that a killed build's folder is known as ours and removed by the next build.
  return store(folder_ / kSiteMarker, kSiteMarkerText);
}

std::optional<std::string> SiteOutput::put(const std::string& relative, std::string_view content) {
  const fs::path path = folder_ / relative;
  if (!fresh_ && holds(path, content)) return std::nullopt;
  auto error = store(path, content);
  if (!error) ++rewritten_;
  return error;
}

std::optional<std::string> SiteOutput::store(const fs::path& path, std::string_view content) const {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (fresh_) return write_all(path, content);
  const fs::path temp = path.string() + temp_suffix_;
  if (auto e = write_all(temp, content)) {
    fs::remove(temp, ec);
    return e;
  }
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    return "cannot replace file: " + ec.message();
  }
  return std::nullopt;
}

std::optional<std::string> SiteOutput::adopt(const std::string& relative, const fs::path& written) {
  std::error_code ec;
  const fs::path path = folder_ / relative;
  if (!fresh_ && same_content(path, written)) {
    fs::remove(written, ec);
    return std::nullopt;
  }
  fs::rename(written, path, ec);
  if (ec) {
    fs::remove(written, ec);
    return "cannot replace file: " + ec.message();
  }
  ++rewritten_;
  return std::nullopt;
}

std::optional<std::string> SiteOutput::finish(const std::vector<std::string>& written, const BuildRecord& build,
                                              const std::vector<FilePart>& parts) {
  std::error_code ec;
  if (!fresh_) {
    const std::set<std::string> kept(written.begin(), written.end());
    for (const auto& f : every_file(folder_)) {
      if (kept.count(f) || f == kManifest || f == kSiteMarker) continue;
      if (fs::remove(folder_ / f, ec)) ++removed_;
      // The folders it leaves empty go too; fs::remove keeps a folder that is not empty.
      for (fs::path dir = fs::path(f).parent_path(); !dir.empty(); dir = dir.parent_path())
        if (!fs::remove(folder_ / dir, ec)) break;
    }
  }
  std::string text = std::string(kManifestHeader) + "\ninputs " + build.inputs + "\ncomparison " +
                     build.comparison_inputs + "\npages " + std::to_string(build.pages) + "\n";
  for (const auto& w : build.warnings) text += warning_line(w);
  for (size_t i = 0; i < written.size(); ++i) {
    const std::string& f = written[i];
    struct stat st {};
    if (::stat((folder_ / f).c_str(), &st) != 0) return "cannot read back '" + (folder_ / f).string() + "'";
    const char* part = i < parts.size() && parts[i] == FilePart::Comparison ? " c " : " - ";
    text += std::to_string(st.st_size) + " " + std::to_string(mtime_ns(st)) + part + f + "\n";
  }
  const bool was_fresh = fresh_;
  fresh_ = false;  // the manifest goes through a temp file and a rename even in a fresh folder
  if (auto e = store(folder_ / kManifest, text)) return e;
  if (!was_fresh) return std::nullopt;
  fs::rename(folder_, target_, ec);
  if (ec) return "cannot move the new site into place: " + ec.message();
  folder_ = target_;
  return std::nullopt;
}

void SiteOutput::abandon() {
  if (fresh_ && !folder_.empty()) remove_marked(folder_);
}

}  // namespace jamfor
