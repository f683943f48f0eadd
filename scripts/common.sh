# Shared by scripts/run and scripts/test: installs what is missing, configures once, builds.
# Sourced, not executed.

FLOWLOG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FLOWLOG_BUILD="${FLOWLOG_BUILD:-$FLOWLOG_ROOT/build}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian/Ubuntu packages the build, the app and the tests need.
FLOWLOG_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qtkeychain-qt6-dev libssl-dev
    libgl-dev fonts-noto-cjk
    gnome-keyring   # a secret service (with dbus-run-session) for the tests of the real keychain
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "Need root to run: $* (install sudo or run as root)"
        return 1
    fi
}

# Installs only the packages that are missing, so a second run costs one dpkg query.
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        log "Missing packages (${missing[*]}) and no apt-get: install them by hand."
        return 1
    fi
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures on the first run (or when the cache lacks an option given now), then builds.
# Extra arguments are CMake -D options.
configure_and_build() {
    if [ ! -f "$FLOWLOG_BUILD/build.ninja" ] || [ $# -gt 0 ]; then
        log "Configuring in $FLOWLOG_BUILD"
        cmake -S "$FLOWLOG_ROOT" -B "$FLOWLOG_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    fi
    log "Building with $JOBS jobs"
    cmake --build "$FLOWLOG_BUILD" -j "$JOBS"
}
