// A scratch directory tree for tests that read the disk; removed when it goes out of scope.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <system_error>

namespace stackls::testing {

struct TempTree {
    std::filesystem::path root;  // canonical, so it compares equal to what discovery reports

    explicit TempTree(const std::string& prefix) {
        std::random_device rd;
        root = std::filesystem::temp_directory_path() / (prefix + std::to_string(rd()));
        std::filesystem::create_directories(root);
        root = std::filesystem::canonical(root);
    }
    ~TempTree() {
        std::error_code ec;
        std::filesystem::remove_all(root, ec);
    }
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;

    void file(const std::string& rel, const std::string& text = "{}") const {
        std::filesystem::create_directories((root / rel).parent_path());
        std::ofstream(root / rel) << text;
    }
};

}  // namespace stackls::testing
