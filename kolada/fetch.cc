#include "kolada/fetch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "kolada/http_client.h"
#include "kolada/api.h"
#include "model/area.h"

namespace jamfor {
namespace {

using Clock = std::chrono::steady_clock;

// Guards against a server whose next_url never ends (or points back).
constexpr size_t kMaxPagesPerChain = 100000;
// Less time than this left for a request is not worth another attempt.
constexpr long kShortestAttemptMs = 200;
// A metadata record younger than this is not asked for again by an incremental fetch.
constexpr int kMetadataMaxAgeDays = 7;

struct Job {
  std::string url;
  KoladaRoute route;
};

std::string seconds_text(Clock::duration d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f s", std::chrono::duration<double>(d).count());
  return buffer;
}

// The time limits a fetch's requests work within.
struct Deadlines {
  long attempt_ms;          // one attempt: [kolada] timeout
  long request_ms;          // one request with its retries
  Clock::time_point fetch;  // the whole fetch: --max-time
  int fetch_seconds;
};

// Everything the workers share. Pages go to the one thread that writes the store.
class Fetcher {
 public:
  Fetcher(const RetryPolicy& retry, const Deadlines& deadlines, std::string origin, size_t max_response_mb,
          ProgressDisplay progress)
      : retry_(retry), deadlines_(deadlines), origin_(std::move(origin)), max_response_mb_(max_response_mb),
        show_progress_(progress == ProgressDisplay::Auto && ::isatty(STDERR_FILENO)) {}

  // Follows one chain of pages; returns an error message or "".
  std::string fetch_chain(HttpClient& client, const Job& job, const std::function<void(KoladaPage&&)>& sink) {
    std::set<std::string> seen;
    std::string url = job.url;
    while (!url.empty()) {
      if (cancelled_) return "";
      if (!seen.insert(url).second || seen.size() > kMaxPagesPerChain)
        return url + ": the server's pages loop (next_url points back to a page already read)";
      std::string error;
      auto page = fetch_page(client, url, job.route, &error);
      if (!page) return error;
      // Only where the project said to fetch from: a next_url elsewhere could send the fetch
      // (and what it stores) to any server.
      if (!page->next_url.empty()) {
        auto next = url_origin(page->next_url);
        if (next != origin_)
          return "GET " + url + ": next_url " + quote(page->next_url) + " is on " +
                 (next ? *next : "no http(s) origin") + ", not on the configured origin " + origin_ +
                 " ([kolada] url); not followed";
      }
      url = page->next_url;
      sink(std::move(*page));
    }
    return "";
  }

  void cancel() { cancelled_ = true; }
  bool cancelled() const { return cancelled_; }
  std::vector<RequestLogEntry> take_log() {
    std::lock_guard lock(log_mutex_);
    return std::move(log_);
  }
  size_t requests() const { return requests_; }
  void count_values(size_t n) { values_ += n; }
  void set_total(size_t n) { total_ = n; }
  void chain_done() { ++chains_done_; }

  void show_progress(bool final) {
    if (!show_progress_) return;
    double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    std::fprintf(stderr, "\r%zu/%zu requests, %zu values, %.0f values/s   %s", chains_done_.load(), total_.load(),
                 values_.load(), seconds > 0 ? static_cast<double>(values_) / seconds : 0.0, final ? "\n" : "");
    std::fflush(stderr);
  }

 private:
  // One request: attempts with back-off until an answer, an error that would come again, or one
  // of the limits. The message says what was tried and for how long.
  std::optional<KoladaPage> fetch_page(HttpClient& client, const std::string& url, KoladaRoute route,
                                       std::string* error) {
    const auto start = Clock::now();
    const auto request_end = start + std::chrono::milliseconds(deadlines_.request_ms);
    const auto deadline = std::min(request_end, deadlines_.fetch);
    // Why the request ended early, when a limit ended it.
    auto limit_reached = [&] {
      return deadline == deadlines_.fetch && deadlines_.fetch <= request_end
                 ? "the fetch reached --max-time " + std::to_string(deadlines_.fetch_seconds) + " s"
                 : "a request may take " + seconds_text(std::chrono::milliseconds(deadlines_.request_ms)) +
                       ", retries included";
    };
    std::string last;  // the last attempt's failure that ran its course
    int attempt = 0;
    auto give_up = [&](const std::string& note) {
      *error = "GET " + url + ": gave up after " + std::to_string(attempt) + (attempt == 1 ? " attempt" : " attempts") +
               " in " + seconds_text(Clock::now() - start) + ": " + last + (note.empty() ? "" : "; " + note);
      return std::nullopt;
    };
    while (true) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left < kShortestAttemptMs) {
        if (last.empty()) last = "no time left to ask";
        return give_up(limit_reached());
      }
      ++attempt;
      const long timeout_ms = std::min<long>(deadlines_.attempt_ms, left);
      HttpResponse r = client.get(url, timeout_ms, &cancelled_);
      ++requests_;
      log({url, r.status, r.bytes, r.millis, r.error});
      if (cancelled_) return std::nullopt;  // another request failed; its message is the one shown
      bool retry = false;
      const bool cut_short = r.failure == HttpFailure::TimedOut && timeout_ms < deadlines_.attempt_ms;
      if (r.status == 200) {
        std::string parse_error;
        PageFault fault = PageFault::NotJson;
        if (auto page = parse_kolada_page(r.body, route, &parse_error, &fault)) return page;
        // Refused JSON is the same next time; a value that cannot be read is data, not a network fault.
        if (fault == PageFault::BadContent) {
          *error = "GET " + url + ": " + parse_error;
          return std::nullopt;
        }
        last = parse_error;
        retry = true;  // a truncated or garbled answer may be a passing fault
      } else if (r.status == 0) {
        if (!cut_short || last.empty()) last = r.error;
        if (r.failure == HttpFailure::TooLarge) last += " ([kolada] max_response_mb = " + std::to_string(max_response_mb_) + ")";
        retry = r.failure != HttpFailure::TooLarge;
        if (cut_short) return give_up(limit_reached());
      } else {
        last = "HTTP " + std::to_string(r.status) + excerpt(r.body);
        retry = r.status == 429 || r.status >= 500;
      }
      if (!retry || attempt >= retry_.max_attempts) return give_up("");
      const long long left_ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (r.status == 429 && r.retry_after_seconds && *r.retry_after_seconds * 1000 > left_ms)
        return give_up("the server asks to wait " + std::to_string(*r.retry_after_seconds) +
                       " s (Retry-After), longer than this request has left (" +
                       seconds_text(std::chrono::milliseconds(std::max(0LL, left_ms))) + "; " + limit_reached() + ")");
      const int wait = backoff_delay_ms(retry_, attempt, r.status == 429 ? r.retry_after_seconds : std::nullopt) +
                       jitter_ms(retry_, attempt);
      if (wait + kShortestAttemptMs > left_ms) return give_up(limit_reached());
      sleep_ms(wait);
      if (cancelled_) return std::nullopt;
    }
  }

  static std::string excerpt(const std::string& body) {
    if (body.empty()) return "";
    std::string text = body.substr(0, 200);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return " " + quote(text);
  }

  int jitter_ms(const RetryPolicy& policy, int attempt) {
    std::lock_guard lock(random_mutex_);
    std::uniform_int_distribution<int> d(0, std::max(0, backoff_delay_ms(policy, attempt, std::nullopt) / 2));
    return d(random_);
  }

  // Sleeps in small steps so a cancelled fetch stops quickly.
  void sleep_ms(int ms) {
    auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (!cancelled_ && Clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }

  void log(RequestLogEntry e) {
    std::lock_guard lock(log_mutex_);
    log_.push_back(std::move(e));
  }

  RetryPolicy retry_;
  Deadlines deadlines_;
  std::string origin_;
  size_t max_response_mb_;
  bool show_progress_;
  std::atomic<bool> cancelled_{false};
  std::atomic<size_t> requests_{0}, values_{0}, total_{0}, chains_done_{0};
  std::mutex log_mutex_, random_mutex_;
  std::vector<RequestLogEntry> log_;
  std::mt19937 random_{std::random_device{}()};
  Clock::time_point start_ = Clock::now();
};

// A bounded queue from the fetching threads to the writing thread, so memory stays flat
// however large the fetch.
class PageQueue {
 public:
  explicit PageQueue(size_t capacity) : capacity_(capacity) {}
  void push(KoladaPage&& page) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return pages_.size() < capacity_ || closed_; });
    pages_.push_back(std::move(page));
    not_empty_.notify_one();
  }
  std::optional<KoladaPage> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !pages_.empty() || producers_ == 0; });
    if (pages_.empty()) return std::nullopt;
    KoladaPage page = std::move(pages_.front());
    pages_.pop_front();
    not_full_.notify_one();
    return page;
  }
  void add_producer() { std::lock_guard lock(mutex_); ++producers_; }
  void producer_done() {
    std::lock_guard lock(mutex_);
    --producers_;
    not_empty_.notify_all();
  }
  // The writer failed: let producers finish without blocking.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    capacity_ = SIZE_MAX;
    not_full_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<KoladaPage> pages_;
  size_t capacity_;
  int producers_ = 0;
  bool closed_ = false;
};

std::string config_key(const std::string& url, const std::vector<std::string>& kpis,
                       const std::vector<std::string>& areas, int first_year, int last_year) {
  std::string text = url + "|" + std::to_string(first_year) + "-" + std::to_string(last_year) + "|";
  for (const auto& k : kpis) text += k + ",";
  text += "|";
  for (const auto& a : areas) text += a + ",";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016zx", std::hash<std::string>{}(text));
  return buffer;
}

bool older_than_days(const std::string& iso, int days) {
  std::tm tm{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return true;
  std::time_t then = timegm(&tm);
  return std::difftime(std::time(nullptr), then) > days * 86400.0;
}

// Kolada revises a few values at a time; a fetch that empties or withdraws a large share of
// what is stored is far more likely a fault at its end (a format change, a broken export) than
// news, and publishing it would blank the site. Returns the reason to stop, or "".
std::string losses_beyond(const UpsertCounts& counts, size_t stored, double max_percent) {
  if (stored == 0) return "";
  const double limit = max_percent / 100 * static_cast<double>(stored);
  if (static_cast<double>(counts.nulled) <= limit && static_cast<double>(counts.withdrawn) <= limit) return "";
  auto percent = [&](size_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", 100.0 * static_cast<double>(n) / static_cast<double>(stored));
    return std::string(buffer);
  };
  char limit_text[32];
  std::snprintf(limit_text, sizeof limit_text, "%g %%", max_percent);
  return "stopped before storing: this fetch would turn " + std::to_string(counts.nulled) + " of the " +
         std::to_string(stored) + " stored values (" + percent(counts.nulled) + ") into null and withdraw " +
         std::to_string(counts.withdrawn) + " (" + percent(counts.withdrawn) + "), more than the " + limit_text +
         " one fetch may ([kolada] max_lost_percent); if Kolada means it, fetch again with --accept-withdrawals";
}

Error fetch_error(std::string message, const std::string& context) {
  Error e{{}, {Diagnostic{{}, std::move(message)}}};
  e.with_context(context);
  return e;
}

}  // namespace

int backoff_delay_ms(const RetryPolicy& policy, int attempt, std::optional<long long> retry_after_seconds) {
  if (retry_after_seconds)
    return static_cast<int>(std::min<long long>(policy.max_retry_after_ms,
                                                std::clamp<long long>(*retry_after_seconds, 0, 1LL << 40) * 1000));
  long long delay = static_cast<long long>(policy.base_delay_ms) << std::min(attempt - 1, 20);
  return static_cast<int>(std::min<long long>(delay, policy.max_delay_ms));
}

std::optional<Error> fetch_kolada(const FetchOptions& options, FetchReport* report) {
  const std::string context = "fetching Kolada data into '" + options.store_path + "'";
  KoladaRequest config = options.request;
  while (!config.url.empty() && config.url.back() == '/') config.url.pop_back();
  if (config.kpis.empty() && config.kpi_groups.empty())
    return fetch_error("nothing to fetch: no KPIs or KPI groups asked for", context);

  *report = FetchReport{};
  report->store_path = options.store_path;
  std::string error;
  auto store = KoladaStore::open(report->store_path, &error);
  if (!store) return fetch_error(report->store_path + ": cannot open the store: " + error, context);
  if (options.network == Network::Offline)
    return fetch_error("offline (--offline): nothing fetched; the store " + report->store_path + " holds " +
                           std::to_string(store->value_count()) + " values and is unchanged",
                       context);

  http_global_init();
  const auto started = Clock::now();
  const std::string started_at = utc_now();
  const long attempt_ms = 1000L * config.timeout_seconds;
  const Deadlines deadlines{attempt_ms, std::max<long>(options.retry.max_request_ms, attempt_ms),
                            started + std::chrono::seconds(options.max_time_seconds), options.max_time_seconds};
  HttpLimits limits;
  limits.max_body_bytes = config.max_response_mb << 20;
  limits.stall_seconds = config.stall_seconds;
  limits.connect_timeout_ms = std::min(10000L, attempt_ms);
  Fetcher fetcher(options.retry, deadlines, url_origin(config.url).value_or(config.url), config.max_response_mb,
                  options.progress);
  HttpClient client(limits);

  // 1. Metadata, in this thread: a handful of requests.
  std::vector<KpiMeta> kpis;
  std::vector<AreaMeta> municipalities;
  std::vector<AreaGroup> groups;
  auto metadata = [&](const std::string& url, KoladaRoute route) {
    return fetcher.fetch_chain(client, {url, route}, [&](KoladaPage&& page) {
      kpis.insert(kpis.end(), page.kpis.begin(), page.kpis.end());
      municipalities.insert(municipalities.end(), page.areas.begin(), page.areas.end());
      groups.insert(groups.end(), page.groups.begin(), page.groups.end());
    });
  };
  auto fail = [&](std::string message) {
    store->log_requests(started_at, fetcher.take_log());
    report->requests = fetcher.requests();
    return fetch_error(std::move(message) + "; the store is unchanged", context);
  };
  // Kolada answers an unknown group id with an empty list: say so rather than fetch nothing.
  auto has_group = [&](const std::string& id) {
    return std::any_of(groups.begin(), groups.end(), [&](const AreaGroup& g) { return g.id == id; });
  };
  std::vector<AreaGroup> kpi_groups;
  for (const auto& group : config.kpi_groups) {
    groups.clear();
    const std::string url = config.url + "/kpi_groups/" + group;
    if (auto e = metadata(url, KoladaRoute::KpiGroup); !e.empty()) return fail(e);
    if (!has_group(group)) return fail("Kolada has no KPI group " + quote(group) + " (asked at " + url + ")");
    for (const auto& g : groups) {
      if (g.id != group) continue;
      kpi_groups.push_back(g);
      for (const auto& member : g.members)
        if (std::find(config.kpis.begin(), config.kpis.end(), member) == config.kpis.end()) config.kpis.push_back(member);
    }
  }
  groups.clear();
  std::sort(config.kpis.begin(), config.kpis.end());
  std::vector<std::string> stale_kpis;
  for (const auto& k : config.kpis) {
    auto fetched = store->kpi_fetched_at(k);
    if (options.refresh == Refresh::Full || !fetched || older_than_days(*fetched, kMetadataMaxAgeDays))
      stale_kpis.push_back(k);
  }
  for (const auto& segment : chunk_ids(stale_kpis))
    if (auto e = metadata(config.url + "/kpi/" + segment, KoladaRoute::Kpi); !e.empty()) return fail(e);
  for (const auto& k : stale_kpis)
    if (std::none_of(kpis.begin(), kpis.end(), [&](const KpiMeta& m) { return m.id == k; }))
      return fail("Kolada has no KPI " + quote(k) + " (asked at " + config.url + "/kpi/" + k + ")");
  if (auto e = metadata(config.url + "/municipality?per_page=" + std::to_string(options.per_page),
                        KoladaRoute::Municipality);
      !e.empty())
    return fail(e);
  for (const auto& group : config.municipality_groups) {
    const std::string url = config.url + "/municipality_groups/" + group;
    if (auto e = metadata(url, KoladaRoute::MunicipalityGroup); !e.empty()) return fail(e);
    if (!has_group(group)) return fail("Kolada has no municipality group " + quote(group) + " (asked at " + url + ")");
  }

  // 2. Which areas: the named ones, whole counties with their region, Riket and the groups.
  std::vector<std::string> areas;
  auto add_area = [&](const std::string& id) {
    if (std::find(areas.begin(), areas.end(), id) == areas.end()) areas.push_back(id);
  };
  if (!config.all_areas) {
    for (const auto& m : config.areas) add_area(m);
    for (const auto& county : config.counties) {
      add_area(region_id(county));
      for (const auto& m : municipalities)
        if (area_type_of(m.id) == AreaType::Municipality && county_of(m.id) == county) add_area(m.id);
    }
    add_area(std::string(kRiketId));
    for (const auto& g : config.municipality_groups) add_area(g);
    std::sort(areas.begin(), areas.end());
  }

  // 3. Values: every data URL, a few at a time, each chain of pages in one thread.
  const std::string key = config_key(config.url, config.kpis, areas, config.first_year, config.last_year);
  if (auto last = store->last_run_start(key); last && options.refresh == Refresh::Incremental)
    report->from_date = last->substr(0, 10);
  std::vector<std::string> urls = data_urls(config.url, config.kpis, areas, config.first_year, config.last_year,
                                            report->from_date, options.per_page);
  if (auto e = store->begin(); !e.empty()) return fail(report->store_path + ": " + e);
  if (options.refresh == Refresh::Full)
    if (auto e = store->repack_all(); !e.empty()) return fail(report->store_path + ": " + e);
  for (const auto& k : kpis)
    if (auto e = store->put_kpi(k, started_at); !e.empty()) return fail(e);
  for (const auto& m : municipalities)
    if (auto e = store->put_area(m, started_at); !e.empty()) return fail(e);
  for (const auto& g : groups)
    if (auto e = store->put_group(g, started_at); !e.empty()) return fail(e);
  for (const auto& g : kpi_groups)
    if (auto e = store->put_group(g, started_at, GroupKind::Kpi); !e.empty()) return fail(e);

  fetcher.set_total(urls.size());
  PageQueue queue(16);
  std::mutex jobs_mutex;
  size_t next_job = 0;
  std::string worker_error;
  const int workers = std::max(1, std::min<int>(options.concurrency ? options.concurrency : config.concurrency,
                                                static_cast<int>(urls.size())));
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) queue.add_producer();
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      HttpClient worker_client(limits);
      while (!fetcher.cancelled()) {
        std::string url;
        {
          std::lock_guard lock(jobs_mutex);
          if (next_job >= urls.size()) break;
          url = urls[next_job++];
        }
        std::string e = fetcher.fetch_chain(worker_client, {url, KoladaRoute::Data},
                                            [&](KoladaPage&& page) { queue.push(std::move(page)); });
        fetcher.chain_done();
        if (!e.empty()) {
          std::lock_guard lock(jobs_mutex);
          if (worker_error.empty()) worker_error = e;
          fetcher.cancel();
        }
      }
      queue.producer_done();
    });
  }
  std::string write_error;
  auto last_progress = Clock::now();
  while (auto page = queue.pop()) {
    if (!write_error.empty()) continue;
    report->values_received += page->values.size();
    fetcher.count_values(page->values.size());
    for (const auto& v : page->values) {
      if (auto e = store->put_value(v, started_at, "kolada", report->counts); !e.empty()) {
        write_error = report->store_path + ": " + e;
        fetcher.cancel();
        queue.close();
        break;
      }
    }
    if (Clock::now() - last_progress > std::chrono::milliseconds(200)) {
      fetcher.show_progress(false);
      last_progress = Clock::now();
    }
  }
  for (auto& t : threads) t.join();
  fetcher.show_progress(true);
  if (!worker_error.empty() || !write_error.empty()) {
    store->rollback();
    return fail(worker_error.empty() ? write_error : worker_error);
  }
  if (options.withdrawals == Withdrawals::Guard && (report->counts.nulled > 0 || report->counts.withdrawn > 0)) {
    // Counted inside the transaction, so the values this fetch added are taken off again.
    const size_t stored = store->value_count() - report->counts.added;
    if (auto e = losses_beyond(report->counts, stored, config.max_lost_percent); !e.empty()) {
      store->rollback();
      return fail(e);
    }
  }
  report->seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (auto e = store->record_run(key, started_at, utc_now(), report->counts); !e.empty()) {
    store->rollback();
    return fail(e);
  }
  if (auto e = store->commit(); !e.empty()) {
    store->rollback();
    return fail(report->store_path + ": cannot commit: " + e);
  }
  store->log_requests(started_at, fetcher.take_log());
  report->requests = fetcher.requests();
  return std::nullopt;
}

}  // namespace jamfor
