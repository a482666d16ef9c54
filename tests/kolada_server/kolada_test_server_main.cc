// kolada_test_server: the Kolada API v3 look-alike as a process, for the benchmark, scripts and
// tests in other languages.
//
//   kolada_test_server (--data DIR [--meta DIR] | --fixtures DIR) [--port N] [--fault SPEC]...
//
//   --data DIR      the shared reference data, e.g. ../shared/data/kolada, or an unpacked
//                   kolada-national.tgz (which has no meta/: add --meta)
//   --meta DIR      metadata for --data when not DIR/meta, e.g. ../shared/data/kolada/meta
//   --fixtures DIR  the small fixture, tests/fixtures/kolada
//   --port N        port on 127.0.0.1; 0 (the default) picks a free one
//   --fault SPEC    inject a fault; repeatable, tried in order. SPEC is comma-separated
//                   key=value:
//                     kind=status|truncated|invalid_json|html|stall|close|string_values|
//                          null_values|huge|foreign_next|drip   (required)
//                     status=N        for kind=status (default 500)
//                     retry_after=S   Retry-After seconds (always sent with 429)
//                     stall_ms=MS     for kind=stall
//                     times=N|always  how many matching requests it hits (default 1)
//                     body=json|empty for kind=status (default json: {"error": ...})
//                     decimal=point|comma  for kind=string_values: "32.40" or "32,40"
//                     bytes=N         for kind=huge: the body's size (default 1 GiB, sent
//                                     as it is generated, never held in memory)
//                     origin=URL      for kind=foreign_next: where next_url points
//                                     (default http://kolada.example.net)
//                     drip_ms=MS      for kind=drip: one byte of the answer every MS (1000)
//                     path=TEXT       substring of the request target, query included;
//                                     must come last and takes the rest, commas too
//                   e.g. --fault kind=status,status=429,retry_after=1,times=2,path=/v3/data
//                        --fault kind=close,path=page=2
//
// Prints "listening on http://127.0.0.1:PORT/v3" as one flushed line on stdout once it
// accepts connections, then serves until SIGTERM or SIGINT, or until stdin reaches end of file
// when stdin is a pipe or terminal (so a parent that dies without a signal does not leave it
// behind; started with stdin from /dev/null, as `cmd &` in a script does, it keeps serving).
// Load statistics go to stderr.

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "tests/kolada_server/kolada_test_server.h"

namespace ks = jamfor::kolada_server;

namespace {

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "kolada_test_server: " << problem << "\n"
            << "usage: kolada_test_server (--data DIR [--meta DIR] | --fixtures DIR) "
               "[--port N] [--fault SPEC]...\n";
  std::exit(2);
}

bool stdin_can_close() {
  struct stat st {};
  if (fstat(STDIN_FILENO, &st) != 0) return false;
  return S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || isatty(STDIN_FILENO);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir;
  std::string fixtures_dir;
  std::string meta_dir;
  int port = 0;
  std::vector<ks::Fault> faults;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--data") {
      data_dir = value();
    } else if (arg == "--meta") {
      meta_dir = value();
    } else if (arg == "--fixtures") {
      fixtures_dir = value();
    } else if (arg == "--port") {
      const std::string text = value();
      char* end = nullptr;
      const long p = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || p < 0 || p > 65535) usage("bad port '" + text + "'");
      port = static_cast<int>(p);
    } else if (arg == "--fault") {
      try {
        faults.push_back(ks::parse_fault_spec(value()));
      } catch (const std::invalid_argument& e) {
        usage(e.what());
      }
    } else if (arg == "--help" || arg == "-h") {
      usage("serves Kolada API v3 on 127.0.0.1");
    } else {
      usage("unknown argument '" + arg + "'");
    }
  }
  if (data_dir.empty() == fixtures_dir.empty()) usage("give exactly one of --data, --fixtures");
  if (!meta_dir.empty() && data_dir.empty()) usage("--meta goes with --data");

  // Blocked here, before any thread exists, so every thread inherits the mask and the signals
  // wait for sigwait below instead of killing the process mid-response.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  ks::KoladaData data;
  try {
    const auto t0 = std::chrono::steady_clock::now();
    data = data_dir.empty() ? ks::load_fixture_data(fixtures_dir)
                            : ks::load_kolada_data(data_dir, meta_dir);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    std::cerr << "kolada_test_server: " << data.kpis().size() << " KPIs, " << data.areas().size()
              << " areas, " << data.groups().size() << " groups, " << data.value_count()
              << " values, loaded in " << ms << " ms\n";
  } catch (const std::exception& e) {
    std::cerr << "kolada_test_server: " << e.what() << "\n";
    return 1;
  }

  ks::KoladaTestServer server(std::move(data));
  for (auto& f : faults) server.add_fault(std::move(f));
  try {
    server.start(port);
  } catch (const std::exception& e) {
    std::cerr << "kolada_test_server: " << e.what() << "\n";
    return 1;
  }
  std::cout << "listening on " << server.base_url() << std::endl;

  if (stdin_can_close()) {
    std::thread([] {
      char buf[256];
      while (true) {
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n == 0 || (n < 0 && errno != EINTR)) break;
      }
      ::kill(::getpid(), SIGTERM);
    }).detach();
  }

  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  server.stop();
  std::cerr << "kolada_test_server: stopped (" << strsignal(signal_number) << "), "
            << server.request_count() << " requests served\n";
  return 0;
}
