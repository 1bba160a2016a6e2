// `stackls use-cases`: the canonical ids, titles and each side's fit.
#include "server/cli/use_cases.h"

#include <nlohmann/json.hpp>

#include "knowledge/loader.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

int runUseCases(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (args[i].rfind("--format=", 0) == 0) format = args[i].substr(9);
        else if (args[i] == "--help" || args[i] == "-h") {
            out << "Usage: stackls use-cases [--format text|json]\n";
            return 0;
        } else {
            err << "stackls use-cases: unexpected argument " << args[i] << "\n";
            return 2;
        }
    }
    const auto& kb = kn::builtinKnowledge();
    if (format == "json") {
        auto list = nlohmann::ordered_json::array();
        for (const auto& u : kb.useCases) {
            list.push_back({{"id", u.id},
                            {"title", u.title},
                            {"description", u.description},
                            {"fit", {{"node", kn::fitLevelName(u.fit[0].level)}, {"python", kn::fitLevelName(u.fit[1].level)}}},
                            {"synonyms", u.synonyms}});
        }
        out << list.dump(2) << "\n";
        return 0;
    }
    if (format != "text") {
        err << "stackls use-cases: --format must be text or json\n";
        return 2;
    }
    std::size_t width = 0;
    for (const auto& u : kb.useCases) width = std::max(width, u.id.size());
    out << "ID" << std::string(width, ' ') << "NODE    PYTHON  TITLE\n";
    for (const auto& u : kb.useCases) {
        auto node = std::string(kn::fitLevelName(u.fit[0].level));
        auto python = std::string(kn::fitLevelName(u.fit[1].level));
        out << u.id << std::string(width + 2 - u.id.size(), ' ') << node << std::string(8 - node.size(), ' ') << python
            << std::string(8 - python.size(), ' ') << u.title << "\n";
    }
    return 0;
}

}  // namespace stackls::server
