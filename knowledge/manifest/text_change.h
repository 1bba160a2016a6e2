// An edit of a manifest's text, in bytes: what the readers that update a model in place take.
#pragma once

#include <cstddef>
#include <string_view>

namespace stackls::manifest {

// The bytes [begin, end) of the old text were replaced by `inserted`.
struct TextChange {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view inserted;
};

}  // namespace stackls::manifest
