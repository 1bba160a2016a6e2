// Requirements files per pip's format and PEP 508/440/503: one table row per construct.
#include <catch2/catch.hpp>

#include <map>

#include "knowledge/manifest/requirements.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

RequirementsFile parse(std::string_view text) {
    RequirementsOptions options;
    options.environment = [](std::string_view name) -> std::optional<std::string> {
        if (name == "INDEX_HOST") return std::string("mirror.internal");
        if (name == "PKG") return std::string("flask");
        return std::nullopt;
    };
    return parseRequirements(text, options);
}

std::size_t errorCount(const RequirementsFile& f) {
    std::size_t n = 0;
    for (const auto& p : f.problems) n += p.severity == Problem::Severity::Error;
    return n;
}

struct Row {
    const char* line;
    RequirementKind kind;
    const char* name;
    std::vector<std::string> extras;
    const char* specifier;
    const char* marker;  // nullptr: none
    const char* url;     // nullptr: none
};

}  // namespace

TEST_CASE("requirement lines pip accepts", "[requirements][pep508]") {
    using K = RequirementKind;
    const std::vector<Row> rows = {
        {"requests", K::Requirement, "requests", {}, "", nullptr, nullptr},
        {"Django>=4.2,<5", K::Requirement, "django", {}, ">=4.2,<5", nullptr, nullptr},
        {"zope.interface ~= 5.4", K::Requirement, "zope-interface", {}, "~=5.4", nullptr, nullptr},
        {"Foo_Bar.baz==1.0", K::Requirement, "foo-bar-baz", {}, "==1.0", nullptr, nullptr},
        {"requests[Security,socks] >= 2.8.1, == 2.8.*", K::Requirement, "requests", {"security", "socks"}, ">=2.8.1,==2.8.*", nullptr, nullptr},
        {"name (>=1.0)", K::Requirement, "name", {}, ">=1.0", nullptr, nullptr},
        {"name===1.0-weird", K::Requirement, "name", {}, "===1.0-weird", nullptr, nullptr},
        {"name!=1.0+local.1", K::Requirement, "name", {}, "!=1.0+local.1", nullptr, nullptr},
        {"name==1!2.0.post1.dev3", K::Requirement, "name", {}, "==1!2.0.post1.dev3", nullptr, nullptr},
        {"name>=1.0rc1", K::Requirement, "name", {}, ">=1.0rc1", nullptr, nullptr},
        {"name[]", K::Requirement, "name", {}, "", nullptr, nullptr},
        {"name; python_version < \"3.8\"", K::Requirement, "name", {}, "", "python_version < \"3.8\"", nullptr},
        {"name;os_name=='nt' and (python_version>'3' or extra == 'x')", K::Requirement, "name", {}, "",
         "os_name == \"nt\" and (python_version > \"3\" or extra == \"x\")", nullptr},
        {"name; sys.platform == 'linux'", K::Requirement, "name", {}, "", "sys_platform == \"linux\"", nullptr},
        {"name; 'linux' in sys_platform and platform_machine not in 'arm'", K::Requirement, "name", {}, "",
         "\"linux\" in sys_platform and platform_machine not in \"arm\"", nullptr},
        {"name ;", K::Requirement, "name", {}, "", nullptr, nullptr},
        {"pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee", K::Requirement, "pip", {}, "", nullptr,
         "https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee"},
        {"name[fred] @ file:///tmp/x.zip ; python_version >= '3'", K::Requirement, "name", {"fred"}, "",
         "python_version >= \"3\"", "file:///tmp/x.zip"},
        {"https://example.com/pkg/foo_bar-1.0-py3-none-any.whl", K::Requirement, "foo-bar", {}, "==1.0", nullptr,
         "https://example.com/pkg/foo_bar-1.0-py3-none-any.whl"},
        {"git+https://example.com/repo.git#egg=MyPkg", K::Requirement, "mypkg", {}, "", nullptr, "git+https://example.com/repo.git#egg=MyPkg"},
        {"https://example.com/x.tar.gz; python_version<'3.9'", K::Requirement, "", {}, "", "python_version < \"3.9\"", "https://example.com/x.tar.gz"},
        {"-e git+https://example.com/repo.git@v1#egg=Thing", K::Editable, "thing", {}, "", nullptr, "git+https://example.com/repo.git@v1#egg=Thing"},
        {"--editable git:github.com/x/y#egg=y", K::Editable, "y", {}, "", nullptr, "git+git:github.com/x/y#egg=y"},
        {"${PKG}>=2", K::Requirement, "flask", {}, ">=2", nullptr, nullptr},
        {"name\t==\t1.0", K::Requirement, "name", {}, "==1.0", nullptr, nullptr},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const RequirementsFile f = parse(r.line);
        CHECK(errorCount(f) == 0);
        REQUIRE(f.entries.size() == 1);
        const RequirementEntry& e = f.entries[0];
        CHECK(e.kind == r.kind);
        CHECK(e.name == r.name);
        CHECK(e.extras == r.extras);
        CHECK(e.specifier == r.specifier);
        CHECK(e.marker.has_value() == (r.marker != nullptr));
        if (r.marker && e.marker) CHECK(*e.marker == r.marker);
        CHECK(e.url.has_value() == (r.url != nullptr));
        if (r.url && e.url) CHECK(*e.url == r.url);
        CHECK(e.line == 1);
    }
}

TEST_CASE("requirement lines pip rejects get an error with a range", "[requirements][pep508]") {
    struct Bad {
        const char* fixture;   // «» marks the expected error range
        const char* message;   // part of the message
        const char* name;      // entry name still reported, or "" for no entry
    };
    const std::vector<Bad> rows = {
        {"foo«~=1»", "at least two", "foo"},
        {"foo«=1.0»", "use '=='", "foo"},
        {"foo>=1.0 «<2.0»", "','", "foo"},
        {"«_foo»", "package name", ""},
        {"«foo_»", "start and end", "foo"},
        {"foo«[bar»", "']'", "foo"},
        {"foo[bar «baz»]", "','", "foo"},
        {"foo @ «notaurl»", "invalid URL", "foo"},
        {"foo«>=1.0[bar]»", "extras", "foo"},
        {"foo; «python_versio» < '3'", "marker", "foo"},
        {"foo; python_version «?» '3'", "marker operator", "foo"},
        {"foo; python_version < «'3»", "unterminated", "foo"},
        {"foo>=1.0,«»", "version specifier", "foo"},
        {"foo «bar»", "after the package name", "foo"},
        {"«-x»", "no such option", ""},
        {"«--index-url»", "requires 1 argument", ""},
        {"«--e»", "ambiguous option", ""},
        {"«--pre=yes»", "does not take a value", ""},
        {"foo «--hash=md5:abc»", "sha256", "foo"},
        {"foo «--hash=abc»", "sha256:", "foo"},
        {"-e «https://example.com/x.zip»", "not a valid editable", ""},
        {"-e «git+https://example.com/repo.git»", "#egg=", ""},
        {"foo --global-option=«'unclosed»", "no closing", "foo"},
        {"«https://example.com/bad.whl»", "wheel filename", ""},
    };
    for (const auto& r : rows) {
        INFO(r.fixture);
        const auto m = marked(r.fixture);
        const RequirementsFile f = parse(m.text);
        REQUIRE(errorCount(f) >= 1);
        const Problem* err = nullptr;
        for (const auto& p : f.problems)
            if (p.severity == Problem::Severity::Error && !err) err = &p;
        CHECK(err->message.find(r.message) != std::string::npos);
        CHECK(err->range == m.ranges[0]);
        CHECK(err->line == 1);
        if (*r.name) {
            REQUIRE(f.entries.size() == 1);
            CHECK(f.entries[0].name == r.name);
        }
    }
}

TEST_CASE("legacy versions pip 23 accepts are warnings", "[requirements][pep508]") {
    for (const char* line : {"foo==abc", "foo>=", "foo<1.0+local", "foo>=1.*"}) {
        INFO(line);
        const RequirementsFile f = parse(line);
        CHECK(errorCount(f) == 0);
        REQUIRE(f.problems.size() == 1);
        CHECK(f.problems[0].severity == Problem::Severity::Warning);
        CHECK(f.problems[0].message.find("pip 24.1") != std::string::npos);
        REQUIRE(f.entries.size() == 1);
        CHECK(f.entries[0].name == "foo");
    }
}

TEST_CASE("includes, constraints and option lines", "[requirements][options]") {
    const RequirementsFile f = parse(
        "-r base.txt\n"
        "--requirement=dev.txt\n"
        "-cconstraints.txt\n"
        "-i https://${INDEX_HOST}/simple\n"
        "--extra-index-url https://other/simple\n"
        "--no-index\n"
        "-f ./wheels\n"
        "--pre --prefer-binary --require-hashes\n"
        "--trusted-host host --only-binary :all: --no-binary numpy\n"
        "--use-feature=truststore\n"
        "numpy==1.26 --hash=sha256:aa --hash sha256:bb --config-settings=key=value --global-option=--x\n");
    CHECK(f.problems.empty());
    REQUIRE(f.entries.size() == 11);
    CHECK(f.entries[0].kind == RequirementKind::Include);
    CHECK(*f.entries[0].path == "base.txt");
    CHECK(*f.entries[1].path == "dev.txt");
    CHECK(f.entries[2].kind == RequirementKind::Constraint);
    CHECK(*f.entries[2].path == "constraints.txt");
    CHECK(f.entries[3].kind == RequirementKind::Option);
    CHECK(f.entries[3].options.at("--index-url") == std::vector<std::string>{"https://mirror.internal/simple"});
    CHECK(f.entries[4].options.count("--extra-index-url"));
    CHECK(f.entries[5].options.count("--no-index"));
    CHECK(f.entries[6].options.at("--find-links") == std::vector<std::string>{"./wheels"});
    CHECK(f.entries[7].options.size() == 3);
    CHECK(f.entries[8].options.at("--only-binary") == std::vector<std::string>{":all:"});
    const RequirementEntry& numpy = f.entries[10];
    CHECK(numpy.name == "numpy");
    CHECK(numpy.options.at("--hash") == std::vector<std::string>{"sha256:aa", "sha256:bb"});
    CHECK(numpy.options.at("--config-settings") == std::vector<std::string>{"key=value"});
    CHECK(numpy.options.at("--global-option") == std::vector<std::string>{"--x"});
    CHECK(numpy.line == 11);
}

TEST_CASE("comments, continuations, CRLF, BOM and tabs", "[requirements][format]") {
    const auto m = marked(
        "\xEF\xBB\xBF# a comment\r\n"
        "«numpy»==1.0  # trailing\r\n"
        "«url#frag»\r\n"
        "«scipy»\\\r\n"
        "  ==1.11 \\\r\n"
        "  --hash=sha256:cc\r\n"
        "\t«pandas»\t\r\n"
        "«flask» \\\r\n"
        "# comment ends the continuation\r\n"
        "«django» # c \\\r\n"
        "swallowed-by-the-comment\r\n");
    const RequirementsFile f = parse(m.text);
    REQUIRE(f.entries.size() == 6);
    CHECK(f.entries[0].name == "numpy");
    CHECK(f.entries[0].nameRange == m.ranges[0]);
    CHECK(f.entries[0].line == 2);
    CHECK(f.entries[1].name == "url");  // '#' without whitespace before it is no comment: pip rejects "#frag"
    CHECK(f.entries[2].name == "scipy");
    CHECK(f.entries[2].specifier == "==1.11");
    CHECK(f.entries[2].line == 4);
    CHECK(f.entries[2].options.at("--hash") == std::vector<std::string>{"sha256:cc"});
    CHECK(f.entries[2].nameRange == m.ranges[2]);
    CHECK(f.entries[3].name == "pandas");
    CHECK(f.entries[3].nameRange == m.ranges[3]);
    CHECK(f.entries[4].name == "flask");
    CHECK(f.entries[5].name == "django");
    CHECK(f.entries[5].nameRange == m.ranges[5]);
    CHECK(errorCount(f) == 1);  // "url#frag" is not a valid requirement
}

TEST_CASE("the stackls use-case comment", "[requirements][stackls]") {
    const auto m = marked("flask\n«# stackls: use-case=«web-api», «cli»»\n# stackls: use-case=other\n");
    const RequirementsFile f = parse(m.text);
    REQUIRE(f.useCase);
    CHECK(f.useCase->range == m.ranges[0]);
    REQUIRE(f.useCase->ids.size() == 2);
    CHECK(f.useCase->ids[0].text == "web-api");
    CHECK(f.useCase->ids[0].range == m.ranges[1]);
    CHECK(f.useCase->ids[1].range == m.ranges[2]);
    REQUIRE(f.problems.size() == 1);  // the second declaration
    CHECK(f.problems[0].severity == Problem::Severity::Warning);
}

TEST_CASE("environment variables", "[requirements][env]") {
    const auto m = marked("--index-url https://«${NO_SUCH_VAR}»/simple\n${lower}==1\n");
    const RequirementsFile f = parse(m.text);
    REQUIRE(!f.problems.empty());
    CHECK(f.problems[0].severity == Problem::Severity::Warning);
    CHECK(f.problems[0].range == m.ranges[0]);
    CHECK(f.problems[0].message.find("NO_SUCH_VAR") != std::string::npos);
    // Only ${UPPER_CASE} names are variables: ${lower} stays text and is not a valid name.
    CHECK(errorCount(f) == 1);
}

TEST_CASE("local paths and archives", "[requirements][paths]") {
    const RequirementsFile f = parse("./pkg[dev]\n../other\nsub/dir\ndist/foo_bar-2.0-py3-none-any.whl\nthing.tar.gz\nname @ ./not-a-url\n");
    REQUIRE(f.entries.size() == 6);
    CHECK(*f.entries[0].path == "./pkg");
    CHECK(f.entries[0].extras == std::vector<std::string>{"dev"});
    CHECK(*f.entries[1].path == "../other");
    CHECK(*f.entries[2].path == "sub/dir");
    CHECK(f.entries[3].name == "foo-bar");
    CHECK(f.entries[3].specifier == "==2.0");
    CHECK(*f.entries[4].path == "thing.tar.gz");
    CHECK(f.entries[5].name == "name");
    CHECK(errorCount(f) == 1);  // "./not-a-url" has no scheme
}

TEST_CASE("PEP 503 normalisation", "[requirements][pep503]") {
    CHECK(normalizePackageName("Friendly-Bard") == "friendly-bard");
    CHECK(normalizePackageName("FRIENDLY-BARD") == "friendly-bard");
    CHECK(normalizePackageName("friendly.bard") == "friendly-bard");
    CHECK(normalizePackageName("friendly_bard") == "friendly-bard");
    CHECK(normalizePackageName("friendly--bard") == "friendly-bard");
    CHECK(normalizePackageName("FrIeNdLy-._.-bArD") == "friendly-bard");
}

TEST_CASE("ranges of name, specifier and marker", "[requirements][ranges]") {
    const auto m = marked("«««Django»[argon2] «>= 4.2 , < 5»  ;  «python_version >= '3.10'»»»  # c\n");
    const RequirementsFile f = parse(m.text);
    REQUIRE(f.entries.size() == 1);
    const auto& e = f.entries[0];
    CHECK(e.range == m.ranges[0]);
    CHECK(e.nameRange == m.ranges[2]);
    CHECK(e.specifierRange == m.ranges[3]);
    CHECK(e.markerRange == m.ranges[4]);
    CHECK(e.specifier == ">=4.2,<5");
}

TEST_CASE("hostile input: binary, a 1 MB line, huge files", "[requirements][hostile]") {
    std::string binary;
    for (int i = 0; i < 200000; ++i) binary += static_cast<char>((i * 7919) % 256);
    const RequirementsFile b = parse(binary);
    CHECK(!b.problems.empty());
    CHECK(b.problems.size() <= 201);

    const std::string longLine = "pkg==" + std::string(1 << 20, '1');
    const RequirementsFile l = parse(longLine);
    REQUIRE(l.entries.size() == 1);
    CHECK(l.entries[0].specifier.size() == (1u << 20) + 2);

    const std::string deepMarker = "pkg; " + std::string(100000, '(');
    CHECK(errorCount(parse(deepMarker)) == 1);

    const RequirementsFile big = parse(std::string(17u * 1024u * 1024u, 'a'));
    REQUIRE(big.problems.size() == 1);
    CHECK(big.problems[0].message.find("too large") != std::string::npos);

    const RequirementsFile nul = parse(std::string("flask\nnu\0ll\n", 11));
    CHECK(nul.entries.size() >= 1);
    CHECK(errorCount(nul) == 1);
}
