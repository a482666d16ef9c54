#pragma once
// `jamfor fetch`: brings the Kolada values a project asks for into its store
// (PROJECT/kolada.sqlite), politely (a few requests at a time, back-off on errors) and
// atomically (one transaction: a failed or killed fetch leaves the previous store).

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "store/kolada_store.h"

namespace jamfor {

enum class Network { Online, Offline };

// An hour: a national fetch from Kolada takes minutes; a scheduled job must end before the next.
inline constexpr int kDefaultFetchMaxTimeSeconds = 3600;
enum class Refresh { Incremental, Full };
enum class ProgressDisplay { Auto, Never };
// Whether a fetch that would empty or withdraw more than max_lost_percent of the store stops.
enum class Withdrawals { Guard, Accept };

struct RetryPolicy {
  int max_attempts = 5;
  int base_delay_ms = 500;   // doubled per attempt, plus up to 50 % jitter
  int max_delay_ms = 20000;
  int max_retry_after_ms = 60000;  // a server's Retry-After is honoured up to this
  // One request, its attempts and the waits between them, ends after this (or after the
  // request's timeout, when that is longer): an attempt is cut short to fit, and a wait that
  // would not fit, such as a Retry-After of a day, ends the request at once.
  int max_request_ms = 25000;
};

// What to ask Kolada for. The CLI makes it from the project's [kolada] (what to fetch) and
// [comparison] (the areas the comparison needs).
struct KoladaRequest {
  std::string url = "https://api.kolada.se/v3";
  std::vector<std::string> kpis;        // KPI ids
  std::vector<std::string> kpi_groups;  // expanded to their member KPIs
  std::vector<std::string> areas;       // area ids: "1081", "0010", "0000"
  std::vector<std::string> counties;    // every municipality of each, with its region
  std::vector<std::string> municipality_groups;  // "G38151": the group and its members' values
  bool all_areas = false;               // every municipality, region, Riket and group at once
  int first_year = 2010, last_year = 2022;
  int concurrency = 4;
  int timeout_seconds = 20;     // one attempt at most; see RetryPolicy::max_request_ms for retries
  int stall_seconds = 10;       // an attempt receiving less than 1 kB/s this long is dropped
  size_t max_response_mb = 64;  // one answer, decoded
  double max_lost_percent = 5;  // of the stored values, turned null or withdrawn by one fetch
};

struct FetchOptions {
  std::string store_path;  // PROJECT/kolada.sqlite
  KoladaRequest request;
  Network network = Network::Online;
  Refresh refresh = Refresh::Incremental;
  ProgressDisplay progress = ProgressDisplay::Auto;
  Withdrawals withdrawals = Withdrawals::Guard;
  RetryPolicy retry;
  int concurrency = 0;  // 0: the request's
  int per_page = 5000;  // Kolada's cap; tests use small pages to walk pagination
  // The whole fetch: a request that would go on past it ends, and the fetch with it.
  int max_time_seconds = kDefaultFetchMaxTimeSeconds;
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
int backoff_delay_ms(const RetryPolicy& policy, int attempt, std::optional<long long> retry_after_seconds);

}  // namespace jamfor
