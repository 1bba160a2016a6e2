# The libraries stackls uses, taken as headers only, for builds whose binary must run on
# machines that have none of them (STACKLS_PORTABLE): spdlog and fmt are compiled into each
# translation unit instead of linked from Debian's shared libraries. The targets carry the
# same names find_package() gives them, so the rest of the build does not change.
#
# The headers come through a folder that holds nothing but links to the libraries' own
# include folders: putting the host's /usr/include itself on the include path would put
# its glibc headers in front of a cross compiler's own C library.
set(STACKLS_DEPS_INCLUDE_ROOT "/usr/include" CACHE PATH "Where the library headers are installed")
set(_stackls_deps_dir ${CMAKE_BINARY_DIR}/dependency-headers)
file(MAKE_DIRECTORY ${_stackls_deps_dir})
foreach(_dir boost nlohmann spdlog fmt toml++ catch2)
  if(EXISTS ${STACKLS_DEPS_INCLUDE_ROOT}/${_dir})
    file(CREATE_LINK ${STACKLS_DEPS_INCLUDE_ROOT}/${_dir} ${_stackls_deps_dir}/${_dir} SYMBOLIC)
  endif()
endforeach()
foreach(_dir boost nlohmann spdlog fmt toml++)
  if(NOT EXISTS ${_stackls_deps_dir}/${_dir})
    message(FATAL_ERROR "no ${_dir} headers under ${STACKLS_DEPS_INCLUDE_ROOT} (install the -dev packages)")
  endif()
endforeach()

# The host's headers are "system" headers: their warnings are not ours.
add_library(stackls_dependency_headers INTERFACE)
target_include_directories(stackls_dependency_headers SYSTEM INTERFACE ${_stackls_deps_dir})

add_library(nlohmann_json::nlohmann_json ALIAS stackls_dependency_headers)
add_library(Boost::headers ALIAS stackls_dependency_headers)
if(EXISTS ${_stackls_deps_dir}/toml++)
  add_library(tomlplusplus::tomlplusplus ALIAS stackls_dependency_headers)
endif()

add_library(stackls_spdlog_header_only INTERFACE)
target_link_libraries(stackls_spdlog_header_only INTERFACE stackls_dependency_headers)
# Debian's spdlog is configured for an external fmt (tweakme.h); both become header-only.
target_compile_definitions(stackls_spdlog_header_only INTERFACE SPDLOG_HEADER_ONLY SPDLOG_FMT_EXTERNAL FMT_HEADER_ONLY)
add_library(spdlog::spdlog ALIAS stackls_spdlog_header_only)
