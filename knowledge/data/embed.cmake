# Writes a C++ source holding every knowledge/data/*.json as a raw string literal (the tests load it).
# Usage: cmake -DOUTPUT=file.cpp -DFILES="a.json|b.json" -P embed.cmake
string(REPLACE "|" ";" files "${FILES}")
set(delimiter "stackls_json")
set(body "")
set(table "")
set(i 0)
foreach(path IN LISTS files)
  file(READ "${path}" content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${path} contains the raw-string delimiter )${delimiter}\"")
  endif()
  get_filename_component(name "${path}" NAME)
  string(APPEND body "constexpr std::string_view kFile${i} = R\"${delimiter}(${content})${delimiter}\";\n")
  string(APPEND table "        {\"${name}\", kFile${i}},\n")
  math(EXPR i "${i} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from knowledge/data/*.json by knowledge/data/embed.cmake; do not edit.
#include \"knowledge/embedded_data.h\"

namespace stackls::knowledge {
namespace {
${body}}  // namespace

const std::vector<EmbeddedFile>& embeddedDataFiles() {
    static const std::vector<EmbeddedFile> files = {
${table}    };
    return files;
}

}  // namespace stackls::knowledge
")
# Only touch the output when it changed, so unrelated rebuilds do not recompile it.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
