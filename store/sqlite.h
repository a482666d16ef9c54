#pragma once
// A thin RAII layer over the SQLite C API: just enough for prepared statements and
// transactions, with errors as values.

#include <sqlite3.h>

#include <optional>
#include <string>
#include <string_view>

namespace jamfor {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql, std::string* error);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  ~Statement();

  bool ok() const { return stmt_ != nullptr; }
  Statement& bind(int index, std::string_view text);
  // Without SQLite's copy: `text` must stay as it is until the next reset() (the hot path of a
  // fetch binds six strings a value).
  Statement& bind_unowned(int index, std::string_view text);
  Statement& bind(int index, long long value);
  Statement& bind(int index, std::optional<double> value);  // nullopt binds NULL
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step();
  void reset();

  std::string text(int column) const;
  // The column's text without a copy: valid until the next step() or reset().
  std::string_view text_view(int column) const;
  // The column's bytes without a copy: valid until the next step() or reset().
  std::string_view blob_view(int column) const;
  long long integer(int column) const;
  std::optional<double> real(int column) const;  // NULL -> nullopt
  bool is_null(int column) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

enum class OpenMode { ReadWrite, ReadOnly };

class Database {
 public:
  // Opens (ReadWrite: creating if needed); on failure ok() is false and error() says why.
  explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWrite);
  Database(const Database&) = delete;
  ~Database();

  bool ok() const { return db_ != nullptr && error_.empty(); }
  const std::string& error() const { return error_; }
  sqlite3* handle() const { return db_; }

  // Runs one or more statements without results; returns an error message or "".
  std::string exec(std::string_view sql);
  Statement prepare(std::string_view sql, std::string* error) const { return Statement(db_, sql, error); }
  std::string last_error() const { return db_ ? sqlite3_errmsg(db_) : error_; }
  // Rows inserted, updated or deleted by the last statement.
  int changes() const { return sqlite3_changes(db_); }

 private:
  sqlite3* db_ = nullptr;
  std::string error_;
};

}  // namespace jamfor
