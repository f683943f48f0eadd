# Installs the official Alibaba Cloud SDKs pinned in package-lock.json into the build tree, so the
# source tree stays free of node_modules. Run by the CTest fixture interop_npm_install:
#   cmake -DSOURCE_DIR=<tests/interop> -DWORK_DIR=<build>/interop -DNODE=<node> -DNPM=<npm> -P npm_install.cmake
# Fails (never skips) when Node.js/npm are missing or the npm registry cannot be reached, because the
# interoperability proof is then missing.

foreach(variable SOURCE_DIR WORK_DIR NODE NPM)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "npm_install.cmake: ${variable} is not set")
    endif()
endforeach()

if(NOT NODE OR NOT EXISTS "${NODE}" OR NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR
        "Node.js and npm are needed for the interoperability tests with the official Alibaba Cloud SDKs, "
        "but were not found (node: '${NODE}', npm: '${NPM}'). Install Node.js >= 18 with npm "
        "(Debian: apt-get install nodejs npm) and configure the build again.")
endif()

execute_process(COMMAND "${NODE}" --version OUTPUT_VARIABLE node_version OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE "^v([0-9]+).*" "\\1" node_major "${node_version}")
if(NOT node_major MATCHES "^[0-9]+$" OR node_major LESS 18)
    message(FATAL_ERROR "Node.js >= 18 is needed for the official SDKs; ${NODE} is '${node_version}'.")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(file package.json package-lock.json)
    configure_file("${SOURCE_DIR}/${file}" "${WORK_DIR}/${file}" COPYONLY)
endforeach()

# A previous install of exactly this lock file is reused: re-running the tests stays offline and fast.
set(stamp "${WORK_DIR}/node_modules/.flowlog-installed-lock.json")
if(EXISTS "${stamp}")
    file(SHA256 "${stamp}" installed_hash)
    file(SHA256 "${WORK_DIR}/package-lock.json" wanted_hash)
    if(installed_hash STREQUAL wanted_hash)
        message(STATUS "Official SDKs already installed in ${WORK_DIR}/node_modules (${node_version})")
        return()
    endif()
endif()

message(STATUS "Installing the official SDKs from package-lock.json into ${WORK_DIR} with Node.js ${node_version}")
# --ignore-scripts: none of the pinned packages needs an install script to work on Node.js >= 14.
execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund --ignore-scripts --loglevel=error
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE npm_result
    OUTPUT_VARIABLE npm_output
    ERROR_VARIABLE npm_output
    TIMEOUT 540)
if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR
        "npm ci failed (${npm_result}); the npm registry must be reachable to install the official "
        "Alibaba Cloud SDKs (package-lock.json in ${SOURCE_DIR}). npm said:\n${npm_output}")
endif()
configure_file("${WORK_DIR}/package-lock.json" "${stamp}" COPYONLY)
message(STATUS "Official SDKs installed")
