// `stackls use-cases`: lists the use-case ids with their titles and fits.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stackls::server {

// args: [--format text|json]. Exit 0, or 2 on a bad argument.
int runUseCases(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace stackls::server
