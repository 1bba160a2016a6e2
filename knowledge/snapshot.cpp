// Writes and reads the binary knowledge snapshot; one field list serves both directions.
#include "knowledge/snapshot.h"

#include <array>
#include <bit>
#include <cstdint>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace stackls::knowledge {

namespace {

// Bump the last byte whenever the field list below changes shape.
constexpr std::string_view kMagic{"stackls-kb\x02", 11};

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsArray : std::false_type {};
template <class T, std::size_t N>
struct IsArray<std::array<T, N>> : std::true_type {};
template <class T>
struct IsPair : std::false_type {};
template <class A, class B>
struct IsPair<std::pair<A, B>> : std::true_type {};

// The snapshot's layout. `Io` is Writer (with const objects) or Reader (filling them in);
// keeping a single list means the two cannot drift apart.
template <class Io, class T>
void code(Io& io, T& v) {
    using U = std::remove_const_t<T>;
    if constexpr (std::is_same_v<U, std::string> || std::is_same_v<U, double> || std::is_same_v<U, bool> ||
                  std::is_same_v<U, FitLevel>) {
        io.scalar(v);
    } else if constexpr (IsVector<U>::value) {
        io.size(v);
        for (auto& item : v) code(io, item);
    } else if constexpr (IsArray<U>::value) {
        for (auto& item : v) code(io, item);
    } else if constexpr (IsPair<U>::value) {
        code(io, v.first);
        code(io, v.second);
    } else if constexpr (std::is_same_v<U, SourceRef>) {
        code(io, v.doc);
        code(io, v.section);
    } else if constexpr (std::is_same_v<U, Entry>) {
        code(io, v.id);
        code(io, v.title);
        code(io, v.text);
        code(io, v.correction);
        code(io, v.source);
    } else if constexpr (std::is_same_v<U, TechnologyInfo>) {
        code(io, v.title);
        code(io, v.kind);
        code(io, v.summary);
        code(io, v.facts);
        code(io, v.features);
        code(io, v.challenges);
    } else if constexpr (std::is_same_v<U, DimensionSide>) {
        code(io, v.position);
        code(io, v.score);
        code(io, v.reasons);
        code(io, v.correction);
    } else if constexpr (std::is_same_v<U, Dimension>) {
        code(io, v.id);
        code(io, v.title);
        code(io, v.summary);
        code(io, v.inTable);
        code(io, v.sides);
        code(io, v.source);
    } else if constexpr (std::is_same_v<U, Reason>) {
        code(io, v.text);
        code(io, v.refs);
    } else if constexpr (std::is_same_v<U, Fit>) {
        code(io, v.level);
        code(io, v.reasons);
        code(io, v.overriddenBy);
    } else if constexpr (std::is_same_v<U, Mitigation>) {
        code(io, v.text);
        code(io, v.packages);
    } else if constexpr (std::is_same_v<U, UseCase>) {
        code(io, v.id);
        code(io, v.title);
        code(io, v.description);
        code(io, v.synonyms);
        code(io, v.listed);
        code(io, v.betterSuited);
        code(io, v.fit);
        code(io, v.dimensions);
        code(io, v.mitigations);
        code(io, v.source);
    } else if constexpr (std::is_same_v<U, Package>) {
        code(io, v.name);
        code(io, v.role);
        code(io, v.summary);
        code(io, v.signals);
        code(io, v.equivalents);
        code(io, v.origin);
    } else if constexpr (std::is_same_v<U, KnowledgeBase>) {
        code(io, v.sourceTitle);
        code(io, v.technologies);
        code(io, v.dimensions);
        code(io, v.general);
        code(io, v.useCases);
        code(io, v.packages);
        code(io, v.fitScale);
    } else {
        static_assert(!sizeof(U), "no snapshot layout for this type");
    }
}

class Writer {
public:
    std::string out;

    void scalar(const std::string& s) {
        varint(s.size());
        out += s;
    }
    void scalar(double d) {
        auto bits = std::bit_cast<std::uint64_t>(d);
        for (int i = 0; i < 8; ++i) out += static_cast<char>((bits >> (8 * i)) & 0xff);
    }
    void scalar(bool b) { out += static_cast<char>(b ? 1 : 0); }
    void scalar(FitLevel level) { out += static_cast<char>(level); }
    template <class T>
    void size(const std::vector<T>& v) {
        varint(v.size());
    }

private:
    void varint(std::uint64_t n) {
        while (n >= 0x80) {
            out += static_cast<char>((n & 0x7f) | 0x80);
            n >>= 7;
        }
        out += static_cast<char>(n);
    }
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}

    void scalar(std::string& s) {
        auto n = varint();
        need(n);
        s.assign(in_.substr(pos_, n));
        pos_ += n;
    }
    void scalar(double& d) {
        need(8);
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits |= std::uint64_t(byte()) << (8 * i);
        d = std::bit_cast<double>(bits);
    }
    void scalar(bool& b) {
        need(1);
        auto v = byte();
        if (v > 1) fail("bad boolean");
        b = v == 1;
    }
    void scalar(FitLevel& level) {
        need(1);
        auto v = byte();
        if (v > static_cast<unsigned char>(FitLevel::Strong)) fail("bad fit level");
        level = static_cast<FitLevel>(v);
    }
    template <class T>
    void size(std::vector<T>& v) {
        auto n = varint();
        // Every item takes at least one byte, so a count beyond what is left is corrupt.
        need(n);
        v.resize(n);
    }
    bool atEnd() const { return pos_ == in_.size(); }
    void need(std::uint64_t n) const {
        if (n > in_.size() - pos_) fail("truncated");
    }
    [[noreturn]] void fail(const char* what) const {
        throw std::runtime_error("knowledge snapshot: " + std::string(what) + " at byte " + std::to_string(pos_));
    }

private:
    unsigned char byte() { return static_cast<unsigned char>(in_[pos_++]); }
    std::uint64_t varint() {
        std::uint64_t n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            auto b = byte();
            n |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return n;
        }
        fail("bad length");
    }

    std::string_view in_;
    std::size_t pos_ = 0;
};

}  // namespace

std::string writeSnapshot(const KnowledgeBase& kb) {
    Writer w;
    w.out = kMagic;
    code(w, kb);
    return std::move(w.out);
}

KnowledgeBase readSnapshot(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic) throw std::runtime_error("knowledge snapshot: wrong format or version");
    Reader r(bytes.substr(kMagic.size()));
    KnowledgeBase kb;
    code(r, kb);
    if (!r.atEnd()) r.fail("trailing bytes");
    kb.reindex();
    return kb;
}

}  // namespace stackls::knowledge
