// Command-line words with flag values taken from "=" or from the next word.
#include "support/args.h"

namespace stackls::support {

bool ArgReader::next() {
    if (next_ >= args_.size()) return false;
    current_ = next_++;
    return true;
}

bool ArgReader::is(std::string_view flag) const {
    const std::string_view w = word();
    return w == flag || (w.size() > flag.size() && w.substr(0, flag.size()) == flag && w[flag.size()] == '=');
}

std::optional<std::string> ArgReader::value() {
    const std::string& w = word();
    if (const auto eq = w.find('='); eq != std::string::npos) return w.substr(eq + 1);
    if (next_ < args_.size()) return args_[next_++];
    error_ = w + " needs a value";
    return std::nullopt;
}

}  // namespace stackls::support
