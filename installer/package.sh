#!/usr/bin/env bash
# Builds a self-contained DeskBreak with its own trimmed Java runtime (jlink + jpackage).
#   installer/package.sh            -> target/installer/DeskBreak (app image, runs anywhere on this OS)
#   installer/package.sh deb        -> target/installer/deskbreak_<version>_amd64.deb (needs fakeroot)
# The launcher starts the JVM with installer/jvm.options: a small always-on footprint (see README, "Measured").
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
./mvnw -q -B -DskipTests package
out=target/installer
rm -rf "$out" && mkdir -p "$out"

# Only the JDK modules DeskBreak uses: a runtime a fraction of a full JDK's size.
modules=java.base,java.desktop,java.logging,java.prefs,java.management,java.naming,java.rmi,java.sql,java.xml,jdk.net,jdk.security.auth,jdk.unsupported,jdk.crypto.ec
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
# jlink leaves out the JDK's class-data archive: without it every JDK class is parsed at each start
# (slower to the tray, and megabytes more private memory). Make one for this runtime.
"$out/runtime/bin/java" -Xshare:dump -XX:SharedArchiveFile="$out/runtime/lib/server/classes.jsa" >/dev/null

# jpackage copies everything under --input: give it only the jar and its libraries.
stage=$(mktemp -d)
cp target/deskbreak.jar "$stage/" && cp -r target/lib "$stage/lib"
icon=icons/png/deskbreak-256.png
args=(--name DeskBreak --app-version "$version" --vendor DeskBreak
      --description "Break reminders with a two-minute wall routine for your back"
      --input "$stage" --main-jar deskbreak.jar --runtime-image "$out/runtime" --dest "$out"
      --java-options "$(grep -v '^#' installer/jvm.options | xargs)")
[ -f "$icon" ] && args+=(--icon "$icon")
if [ "$type" = deb ]; then
  # installer/linux/DeskBreak.desktop replaces jpackage's menu entry: it adds quick actions.
  # libxss1: idle time from the X server, loaded at run time, so jpackage cannot see the need.
  args+=(--type deb --linux-package-name deskbreak --linux-shortcut --linux-menu-group Utility
         --linux-package-deps libxss1 --resource-dir installer/linux)
else
  args+=(--type app-image)
fi
jpackage "${args[@]}"
rm -rf "$stage" "$out/runtime"
ls -la "$out"
