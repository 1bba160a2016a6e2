// Reads a command line word by word: the one parser of "--flag value" and "--flag=value".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stackls::support {

class ArgReader {
public:
    explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}

    // Moves to the next word; false after the last.
    bool next();
    const std::string& word() const { return args_[current_]; }
    // True when the word is `flag` or "flag=…".
    bool is(std::string_view flag) const;
    // The value of the flag the word names: what follows '=', else the next word, which is
    // consumed. nullopt when "--flag" is the last word; error() then says so.
    std::optional<std::string> value();
    // "--flag needs a value" after value() found none.
    const std::string& error() const { return error_; }

private:
    const std::vector<std::string>& args_;
    std::size_t current_ = 0;
    std::size_t next_ = 0;
    std::string error_;
};

// The items of a comma-separated flag value ("a, b,,c" → a, b, c): blanks around each item
// trimmed, empty items dropped. Views into `value`.
std::vector<std::string_view> splitList(std::string_view value);

}  // namespace stackls::support
