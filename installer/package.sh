#!/usr/bin/env bash
# Builds a self-contained DeskBreak with its own trimmed Java runtime (jlink + jpackage), whatever
# this system can build. jlink and the app image are made once; every package is made from that image.
#   installer/package.sh                -> target/installer/DeskBreak (app image; DeskBreak.app on macOS)
#   installer/package.sh deb rpm        -> the .deb (needs fakeroot) and the .rpm (needs rpmbuild: Debian's `rpm`)
#   installer/package.sh msi            -> the .msi, on Windows (needs WiX on PATH: see README, "Installing")
#   installer/package.sh dmg            -> the .dmg, on macOS (signed when DESKBREAK_MAC_SIGN is set)
#   installer/package.sh native         -> every package this system builds (Linux: deb rpm; Windows: msi; macOS: dmg)
#   installer/package.sh --print TYPE   -> jpackage's arguments for TYPE, one per line, built nowhere: lets any
#                                          system check the Windows and macOS configurations (InstallerConfigTest)
# DESKBREAK_SKIP_BUILD=1 packages target/deskbreak.jar as it is (CI has just built and tested it).
# The runtime comes from a JDK 25 or newer when one is found (DESKBREAK_PACKAGE_JDK, JAVA_HOME, the PATH's,
# /usr/lib/jvm): there an AOT cache made while the image starts once on this display makes every later
# start about twice as fast. The classes are release 17 either way. Without JDK 25, the PATH's JDK.
# The launcher starts the JVM with installer/jvm.options: a small always-on footprint (see README, "Measured").
set -euo pipefail
cd "$(dirname "$0")/.."

print=""
if [ "${1:-}" = --print ]; then
  print=${2:?"--print needs a package type"}
  set -- "$print"
fi
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) os=other ;;
esac
types=("$@")
if [ "${#types[@]}" -eq 0 ]; then types=(app-image); fi
if [ "${types[0]}" = native ]; then
  case "$os" in
    linux) types=(deb rpm) ;; windows) types=(msi) ;; mac) types=(dmg) ;;
    *) echo "no installer for $(uname -s): use the app image" >&2; types=(app-image) ;;
  esac
fi
target_os() {
  case "$1" in deb | rpm) echo linux ;; msi) echo windows ;; dmg) echo mac ;; *) echo "$os" ;; esac
}
for t in "${types[@]}"; do
  case "$t" in app-image | deb | rpm | msi | dmg) ;; *) echo "unknown package type: $t" >&2; exit 2 ;; esac
  if [ -z "$print" ] && [ "$(target_os "$t")" != "$os" ]; then
    echo "a $t is built on $(target_os "$t"), not here ($os)" >&2; exit 2
  fi
done
image_os=$(target_os "${types[0]}")

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
app_version=$version
if [ "$image_os" = mac ]; then
  # jpackage on macOS takes no version whose first number is 0 (a CFBundleVersion rule), so there
  # the bundle's version is the first number plus one: 0.1.0 is 1.1.0, 1.0.0 will be 2.0.0, always
  # rising. What users see (CFBundleShortVersionString, deskbreak --version) is the real version.
  app_version=$((${version%%.*} + 1)).${version#*.}
fi
out=target/installer
stage=target/installer-input
name=DeskBreak
description="Break reminders with a two-minute wall routine for your back"
# The .msi's identity across versions: Windows Installer replaces an installed DeskBreak with a newer
# one only when this stays the same. Never change it.
upgrade_uuid=9406d07c-e2ee-49c8-aebf-9c1769e6586b
bundle_id=org.deskbreak.DeskBreak

# The app image: the launcher, the jar and its libraries, the runtime.
image_args=(--type app-image --name "$name" --app-version "$app_version" --vendor DeskBreak
      --description "$description"
      --input "$stage" --main-jar deskbreak.jar --runtime-image "$out/runtime" --dest "$out"
      --java-options "$(grep -v '^#' installer/jvm.options | xargs)")
case "$image_os" in
  linux) image_args+=(--icon icons/png/deskbreak-256.png) ;;
  # DeskBreak.exe opens no console window (no --win-console); deskbreak-cli.exe, which prints, does.
  windows) image_args+=(--icon icons/deskbreak.ico --add-launcher deskbreak-cli=installer/windows/deskbreak-cli.properties) ;;
  # Info.plist makes it a menu-bar app (LSUIElement): no Dock icon, no application menu.
  mac) image_args+=(--icon icons/deskbreak.icns --mac-package-identifier "$bundle_id" --mac-package-name "$name"
                    --resource-dir "$out/macos")
       if [ -n "${DESKBREAK_MAC_SIGN:-}" ]; then image_args+=(--mac-sign --mac-signing-key-user-name "$DESKBREAK_MAC_SIGN"); fi ;;
esac

# A package made from the image.
package_args() {
  local type=$1 image=$out/$name
  if [ "$type" = dmg ]; then image=$out/$name.app; fi
  pkg=(--type "$type" --app-image "$image" --name "$name"
       --app-version "$app_version" --vendor DeskBreak --description "$description" --dest "$out")
  case "$type" in
    # Own menu entry and PATH link (installer/linux/desktop-integration.sh) instead of jpackage's, which
    # needs xdg-utils (and, through its recommendations, a Perl stack) for what is a file copy.
    # libxss1: idle time from the X server, loaded at run time, so jpackage cannot see the need.
    deb) pkg+=(--linux-package-name deskbreak --linux-app-release 1 --linux-app-category utils --linux-package-deps libxss1
               --resource-dir installer/linux) ;;
    rpm) pkg+=(--linux-package-name deskbreak --linux-app-release 1 --linux-app-category Applications/Productivity
               --linux-package-deps "$(rpm_requires)"
               --resource-dir installer/linux) ;;
    # Per user (no administrator rights, to %LOCALAPPDATA%\DeskBreak), a Start-menu entry, and upgrades
    # in place. Settings and history live in %APPDATA% and %LOCALAPPDATA%\DeskBreak\*, outside what
    # the installer owns, so an upgrade or an uninstall leaves them.
    msi) pkg+=(--win-per-user-install --win-menu --win-menu-group "$name" --win-upgrade-uuid "$upgrade_uuid") ;;
    dmg) pkg+=(--mac-package-identifier "$bundle_id" --mac-package-name "$name")
         if [ -n "${DESKBREAK_MAC_SIGN:-}" ]; then pkg+=(--mac-sign --mac-signing-key-user-name "$DESKBREAK_MAC_SIGN"); fi ;;
  esac
}

# What the image's own libraries need from the system, as RPM capabilities (libX11.so.6()(64bit)):
# jpackage finds these by asking the RPM database, which is empty on the Debian machines CI runs on.
rpm_requires() {
  if [ -n "$print" ]; then echo "(the libraries the image links to)"; return; fi
  local lib="$out/$name/lib" ours needed
  ours=$(find "$lib" -name '*.so*' -printf '%f\n' | sort -u)
  needed=$({ find "$lib" -name '*.so*' -o -path '*/bin/*' -type f | xargs readelf -d 2>/dev/null \
             | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; echo libXss.so.1; } | sort -u)
  comm -23 <(echo "$needed") <(echo "$ours") | sed 's/$/()(64bit)/' | paste -sd, - | sed 's/,/, /g'
}

if [ -n "$print" ]; then
  if [ "$print" = app-image ] || [ "$print" = "${types[0]}" ]; then
    echo "# app-image"; printf '%s\n' "${image_args[@]}"
  fi
  if [ "$print" != app-image ]; then
    package_args "$print"; echo "# $print"; printf '%s\n' "${pkg[@]}"
  fi
  exit 0
fi

# A JDK's feature version, from its release file: 25 for JAVA_VERSION="25.0.3".
jdk_feature() {
  sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1
}
# The JDK whose jlink and jpackage make the image: the newest of 25 and up that has both, else the PATH's.
package_jdk() {
  if [ -n "${DESKBREAK_PACKAGE_JDK:-}" ]; then echo "$DESKBREAK_PACKAGE_JDK"; return; fi
  local path_jdk="" best="" best_feature=0 jdk feature
  if command -v jlink >/dev/null; then path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")"); fi
  for jdk in "${JAVA_HOME:-}" "$path_jdk" /usr/lib/jvm/*; do
    [ -n "$jdk" ] && [ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jpackage" ] || continue
    feature=$(jdk_feature "$jdk")
    if [ "${feature:-0}" -ge 25 ] && [ "$feature" -gt "$best_feature" ]; then best=$jdk; best_feature=$feature; fi
  done
  echo "${best:-$path_jdk}"
}
jdk=$(package_jdk)
feature=$(jdk_feature "$jdk")
if [ -z "$print" ]; then echo "Runtime and packages from the JDK in $jdk (Java ${feature:-?})"; fi
jlink=$jdk/bin/jlink
jpackage=$jdk/bin/jpackage

# JDK 25 and up: DeskBreak starts once from the finished image (on this display, with a home of its
# own, until its command socket answers, then quits) and the JVM writes what it loaded and linked into
# an AOT cache the launcher then names. The cache records the image's layout, not its place, so it
# still fits once installed elsewhere. Linux only: the other systems' images are not started here.
aot_cache() {
  local image=$out/$name app=$out/$name/lib/app home pid answered=""
  if [ "${feature:-0}" -lt 25 ]; then echo "No AOT cache: the runtime is Java ${feature:-?} (25 or newer makes one)"; return; fi
  if [ "$image_os" != linux ]; then echo "No AOT cache: only made on Linux"; return; fi
  if [ -z "${DISPLAY:-}" ]; then echo "No AOT cache: no display to start DeskBreak on once (DISPLAY)"; return; fi
  home=$(mktemp -d)
  # The cache fits only jars of the times they have now; packing gives them new ones, which the
  # install script (installer/linux/desktop-integration.sh) puts back from this file.
  local stamp; stamp=$(date +%s)
  find "$app" -name '*.jar' -exec touch -m -d "@$stamp" {} +
  echo "$stamp" >"$app/deskbreak.aot.jar-time"
  DESKBREAK_HOME=$home JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app/deskbreak.aot" "$image/bin/DeskBreak" >"$home/aot.log" 2>&1 &
  pid=$!
  for _ in $(seq 300); do
    if DESKBREAK_HOME=$home "$image/bin/DeskBreak" status >/dev/null 2>&1; then answered=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if [ -n "$answered" ]; then
    # The first minute's work (the tray, the timer, the right-moment signals) is done in seconds.
    sleep 5
    DESKBREAK_HOME=$home "$image/bin/DeskBreak" quit >/dev/null 2>&1 || true
  fi
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
  wait "$pid" 2>/dev/null || true
  if [ -n "$answered" ] && [ -s "$app/deskbreak.aot" ]; then
    # A cache that no longer fits (jars touched since) is passed over in silence, not with errors
    # printed at every start: DeskBreak then starts as it would without one.
    printf '%s\n' "java-options=-XX:AOTCache=\$APPDIR/deskbreak.aot" "java-options=-Xlog:aot*=off" \
      "java-options=-Xlog:cds*=off" >>"$app/$name.cfg"
    echo "AOT cache: $(du -h "$app/deskbreak.aot" | cut -f1)"
  else
    rm -f "$app/deskbreak.aot" "$app/deskbreak.aot.jar-time"
    echo "No AOT cache: the start from the image did not answer; its output:" >&2
    tail -20 "$home/aot.log" >&2
  fi
  rm -rf "$home"
}

if [ "${DESKBREAK_SKIP_BUILD:-}" != 1 ] || [ ! -f target/deskbreak.jar ]; then
  ./mvnw -q -B -DskipTests package
fi
rm -rf "$out" "$stage" && mkdir -p "$out" "$stage"

# Only the JDK modules DeskBreak uses: a runtime a fraction of a full JDK's size.
modules=java.base,java.desktop,java.logging,java.prefs,java.management,java.naming,java.rmi,java.sql,java.xml,jdk.net,jdk.security.auth,jdk.unsupported,jdk.crypto.ec
# The class-data archive: without it every JDK class is parsed at each start (slower to the tray,
# and megabytes more private memory); jlink puts it where that system's JVM looks for it.
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"
# Its second archive is for heaps over 32 GiB (no compressed pointers), which jvm.options rules out.
find "$out/runtime" -name 'classes_nocoops.jsa' -delete

# jpackage copies everything under --input: give it only the jar and its libraries.
cp target/deskbreak.jar "$stage/" && cp -r target/lib "$stage/lib"
if [ "$image_os" = mac ]; then
  mkdir -p "$out/macos" && sed -e "s/@VERSION@/$version/g" -e "s/@BUNDLE_VERSION@/$app_version/g" installer/macos/Info.plist > "$out/macos/Info.plist"
fi
"$jpackage" "${image_args[@]}"
rm -rf "$stage" "$out/runtime"
if [ "$image_os" = linux ]; then
  # What desktop-integration.sh puts in the menu and the icon theme.
  cp installer/linux/deskbreak.desktop installer/linux/desktop-integration.sh "$out/$name/lib/"
  chmod 755 "$out/$name/lib/desktop-integration.sh"
  mkdir -p "$out/$name/lib/icons"
  for size in 16 22 24 32 48 64 128 256; do cp "icons/png/deskbreak-$size.png" "$out/$name/lib/icons/"; done
fi
aot_cache

for t in "${types[@]}"; do
  if [ "$t" = app-image ]; then continue; fi
  package_args "$t"
  "$jpackage" "${pkg[@]}"
done
ls -la "$out"
