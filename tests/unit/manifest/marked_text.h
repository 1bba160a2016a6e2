// Test helper: fixtures mark expected ranges with « and » instead of counting columns by hand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest::test {

struct MarkedText {
    std::string text;                // the fixture without the markers
    std::vector<ByteRange> ranges;   // one per «...» pair, in order of the opening mark
};

inline MarkedText marked(std::string_view fixture) {
    static constexpr std::string_view open = "«", close = "»";
    MarkedText out;
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < fixture.size();) {
        if (fixture.substr(i, open.size()) == open) {
            stack.push_back(out.ranges.size());
            out.ranges.push_back({out.text.size(), out.text.size()});
            i += open.size();
        } else if (fixture.substr(i, close.size()) == close) {
            out.ranges[stack.back()].end = out.text.size();
            stack.pop_back();
            i += close.size();
        } else {
            out.text += fixture[i++];
        }
    }
    return out;
}

}  // namespace stackls::manifest::test
