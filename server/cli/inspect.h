// `stackls inspect FILE [--format json|text]`: prints what the manifest readers make of one file.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stackls::server {

// args are the words after "inspect". Exit codes, as a linter would: 0 when the file was
// read and has no Error problems, 1 when it was read but has Errors (warnings alone give 0),
// 2 on a usage error, an unreadable file or a file that is not a known manifest.
// Requirements files are shown without following their -r/-c includes.
int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace stackls::server
