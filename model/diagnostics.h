#pragma once
// Errors are values: every layer collects Diagnostics, the CLI prints them and picks the exit
// code. A layer that reads a file adds the file and line; a layer above adds context.

#include <string>
#include <vector>

namespace jamfor {

struct SourceLoc {
  std::string path;
  int line = 0;    // 1-based; 0 when the whole file is meant
  int column = 0;  // 1-based; 0 when unknown
};

// A warning never stops a build: it says what still works but should change (an old key).
enum class Severity { Error, Warning };

struct Diagnostic {
  SourceLoc loc;
  std::string message;
  Severity severity = Severity::Error;
  // "path:line:col: error: message", leaving out the parts that are unknown.
  std::string format() const;
};

class Diagnostics {
 public:
  void error(SourceLoc loc, std::string message);
  void warning(SourceLoc loc, std::string message);
  void append(const Diagnostics& other);
  bool has_errors() const { return !items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }  // the errors
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

 private:
  std::vector<Diagnostic> items_;
  std::vector<Diagnostic> warnings_;
};

// The errors of one file: at most `limit` are kept, then one more says how many were left out,
// so a broken export of a million rows neither prints nor holds a million messages.
class FileErrors {
 public:
  static constexpr size_t kLimit = 100;
  FileErrors(Diagnostics& diags, std::string path, size_t limit = kLimit);
  void error(SourceLoc loc, std::string message);
  size_t count() const { return count_; }  // also those left out
  // Adds "N more errors in this file are not shown" when there were more than `limit`.
  void finish();

 private:
  Diagnostics& diags_;
  std::string path_;
  size_t limit_, count_ = 0;
};

// A failed step: what was being done, and the diagnostics that explain why.
struct Error {
  std::vector<std::string> context;  // outermost first: "building site", "reading project"
  std::vector<Diagnostic> diagnostics;

  Error& with_context(std::string what);
  std::string format() const;
};

// "'ab' — did you mean 'abc'?" helper: the closest candidate within a small edit distance.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

// Quotes text for a message, shortening it so one bad cell cannot flood the terminal.
std::string quote(std::string_view text);

}  // namespace jamfor
