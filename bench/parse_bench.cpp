// Times the manifest readers on a generated ~5 MB package.json and a 5,000-line requirements.txt.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <new>
#include <string>
#include <vector>

#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/requirements.h"

// Allocation accounting: every operator new records its size in a small header so the
// peak of live heap bytes during one parse can be reported exactly.
namespace {
std::size_t gLive = 0, gPeak = 0, gCalls = 0;
constexpr std::size_t kHeader = 16;
}  // namespace

void* operator new(std::size_t n) {
    auto* p = static_cast<unsigned char*>(std::malloc(n + kHeader));
    if (!p) throw std::bad_alloc();
    *reinterpret_cast<std::size_t*>(p) = n;
    gLive += n;
    gPeak = std::max(gPeak, gLive);
    ++gCalls;
    return p + kHeader;
}
void operator delete(void* q) noexcept {
    if (!q) return;
    auto* p = static_cast<unsigned char*>(q) - kHeader;
    gLive -= *reinterpret_cast<std::size_t*>(p);
    std::free(p);
}
void operator delete(void* q, std::size_t) noexcept { operator delete(q); }

namespace {

std::string makePackageJson(std::size_t targetBytes) {
    std::string s = "{\n  \"name\": \"bench-monorepo\",\n  \"description\": \"generated for parse_bench\",\n"
                    "  \"keywords\": [\"api\", \"cli\", \"web\"],\n  \"engines\": {\"node\": \">=18\"},\n"
                    "  \"stackls\": {\"useCase\": [\"web-api\"], \"ignore\": []},\n";
    const char* sections[] = {"dependencies", "devDependencies", "peerDependencies", "optionalDependencies"};
    const std::size_t perSection = targetBytes / 4;
    std::size_t n = 0;
    for (int k = 0; k < 4; ++k) {
        s += std::string("  \"") + sections[k] + "\": {\n";
        const std::size_t start = s.size();
        bool first = true;
        while (s.size() - start < perSection) {
            if (!first) s += ",\n";
            first = false;
            s += "    \"@scope-" + std::to_string(n % 97) + "/package-name-" + std::to_string(n) + "\": \"^" +
                 std::to_string(n % 13) + "." + std::to_string(n % 29) + ".0\"";
            ++n;
        }
        s += k == 3 ? "\n  }\n" : "\n  },\n";
    }
    s += "}\n";
    return s;
}

std::string makeRequirements(std::size_t lines) {
    std::string s = "# generated for parse_bench\n# stackls: use-case=data-science\n--index-url https://mirror.example/simple\n";
    const std::string digest(64, 'a');
    std::size_t written = 3;
    for (std::size_t i = 0; written < lines; ++i) {
        switch (i % 6) {
            case 0: s += "package-" + std::to_string(i) + "[extra_a,Extra.B]>=1." + std::to_string(i % 50) + ",<3 ; python_version >= \"3.8\" and sys_platform != 'win32'\n"; break;
            case 1: s += "Package_" + std::to_string(i) + "==2." + std::to_string(i % 10) + ".* \\\n    --hash=sha256:" + digest + " \\\n    --hash=sha256:" + digest + "\n"; written += 2; break;
            case 2: s += "-r requirements/part-" + std::to_string(i) + ".txt\n"; break;
            case 3: s += "lib" + std::to_string(i) + " ~= 4.2.1  # pinned for a reason\n"; break;
            case 4: s += "name" + std::to_string(i) + " @ https://files.example/name" + std::to_string(i) + "-1.0.tar.gz ; os_name == \"posix\"\n"; break;
            default: s += "-c constraints-" + std::to_string(i) + ".txt\n"; break;
        }
        ++written;
    }
    return s;
}

// CPU time of this process: on a machine shared with other builds, wall time alone
// mostly measures the queue for a core.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Result {
    double medianMs;
    double medianCpuMs;
    std::size_t peakBytes;
    std::size_t allocations;
};

template <typename F>
Result measure(F&& parse, int runs) {
    std::vector<double> times, cpu;
    std::size_t peak = 0, calls = 0;
    for (int r = 0; r < runs; ++r) {
        const std::size_t base = gLive;
        gPeak = gLive;
        const std::size_t callsBefore = gCalls;
        const double c0 = cpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        parse();
        const auto t1 = std::chrono::steady_clock::now();
        cpu.push_back(cpuMs() - c0);
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        peak = std::max(peak, gPeak - base);
        calls = gCalls - callsBefore;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], cpu[cpu.size() / 2], peak, calls};
}

long vmHwmKiB() {
    std::ifstream in("/proc/self/status");
    std::string key;
    while (in >> key) {
        if (key == "VmHWM:") {
            long v = 0;
            in >> v;
            return v;
        }
        std::getline(in, key);
    }
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    const std::string pkg = makePackageJson(5u * 1024u * 1024u);
    const std::string req = makeRequirements(5000);

    std::size_t deps = 0, entries = 0;
    const Result p = measure([&] { deps = stackls::manifest::parsePackageJson(pkg).dependencies.size(); }, runs);
    const Result r = measure([&] { entries = stackls::manifest::parseRequirements(req).entries.size(); }, runs);

    std::printf("package.json      %5.2f MB  %6zu dependencies  median wall %7.2f ms  cpu %7.2f ms  peak heap %6.1f MB  %7zu allocations\n",
                pkg.size() / 1e6, deps, p.medianMs, p.medianCpuMs, p.peakBytes / 1e6, p.allocations);
    std::printf("requirements.txt  %5.2f MB  %6zu entries       median wall %7.2f ms  cpu %7.2f ms  peak heap %6.1f MB  %7zu allocations\n",
                req.size() / 1e6, entries, r.medianMs, r.medianCpuMs, r.peakBytes / 1e6, r.allocations);
    std::printf("runs per input: %d; lines in requirements.txt: %zu; process VmHWM %ld KiB (inputs included)\n", runs,
                static_cast<std::size_t>(std::count(req.begin(), req.end(), '\n')), vmHwmKiB());
    return 0;
}
