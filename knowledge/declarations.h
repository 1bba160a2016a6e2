// Collects a project's use-case declarations, applies their precedence, and reports unknown ids and conflicts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/findings.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "knowledge/stackls_config.h"

namespace stackls::knowledge {

// Highest precedence first.
enum class DeclarationOrigin { Cli, PackageJson, PyProject, Requirements, ConfigFile, WorkspaceRoot, EditorSetting };
std::string_view declarationOriginName(DeclarationOrigin origin);  // "--use-case", "package.json", ...

struct Declaration {
    DeclarationOrigin origin;
    std::string file;                    // empty for the CLI and the editor setting
    std::vector<manifest::Located> ids;  // as written (ranges only for file declarations)
    manifest::ByteRange range;           // the whole declaration in `file`
    std::string inheritedFrom;           // WorkspaceRoot: the monorepo root's file ("../../package.json"); `file` stays empty
};

struct DeclarationResolution {
    std::vector<std::string> ids;         // the effective, known ids, without duplicates
    std::optional<Declaration> winner;    // the declaration they come from
    std::vector<Declaration> all;         // every declaration found, highest precedence first
    std::vector<Finding> findings;        // unknown-use-case and conflicting-declarations
};

// Precedence: CLI > package.json "stackls".useCase > pyproject.toml [tool.stackls] useCase >
// `# stackls: use-case=` in a requirements file > .stackls.json useCase > a declaration
// inherited from the monorepo's root > the editor setting. The first declaration with at least one
// known id wins. File declarations that disagree with the winning file declaration are
// conflicts (the CLI and the editor setting override silently: they are the user's explicit
// choice for this run or this editor; an inherited declaration yields silently to the
// member's own, and its unknown ids are reported at the root). Unknown ids are errors with a "did you mean" fix.
DeclarationResolution resolveDeclarations(const KnowledgeBase& kb, const ProjectInput& project,
                                          const StacklsConfig* config, const std::vector<std::string>& cliIds,
                                          const std::vector<std::string>& settingIds);

}  // namespace stackls::knowledge
