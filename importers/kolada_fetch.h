#pragma once
// `jamfor fetch`: brings the Kolada values a project asks for into its store
// (PROJECT/kolada.sqlite), politely (a few requests at a time, back-off on errors) and
// atomically (one transaction: a failed or killed fetch leaves the previous store).

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "store/kolada_store.h"

namespace jamfor {

enum class Network { Online, Offline };
enum class Refresh { Incremental, Full };
enum class ProgressDisplay { Auto, Never };

struct RetryPolicy {
  int max_attempts = 5;
  int base_delay_ms = 500;   // doubled per attempt, plus up to 50 % jitter
  int max_delay_ms = 20000;
  int max_retry_after_ms = 60000;  // a server's Retry-After is honoured up to this
};

struct FetchOptions {
  std::string project_dir;
  std::string kolada_url;  // overrides jamfor.toml when set
  Network network = Network::Online;
  Refresh refresh = Refresh::Incremental;
  ProgressDisplay progress = ProgressDisplay::Auto;
  RetryPolicy retry;
  int concurrency = 0;  // 0: jamfor.toml's (default 4)
  int per_page = 5000;  // Kolada's cap; tests use small pages to walk pagination
};

struct FetchReport {
  std::string store_path;
  size_t requests = 0;
  size_t values_received = 0;
  UpsertCounts counts;
  double seconds = 0;
  std::string from_date;  // set when the fetch was incremental
};

std::optional<Error> fetch_kolada(const FetchOptions& options, FetchReport* report);

// The delay before attempt `attempt` + 1 (1-based), without jitter.
int backoff_delay_ms(const RetryPolicy& policy, int attempt, std::optional<int> retry_after_seconds);

}  // namespace jamfor
