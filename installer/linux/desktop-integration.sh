#!/bin/sh
# Puts DeskBreak into the applications menu, the icon theme and onto the PATH (install), or takes
# it out again (remove). Run by the .deb's postinst and prerm and the .rpm's %post and %preun.
# Plain copies, as xdg-utils' menu tool makes, without xdg-utils and the Perl stack it brings to Debian.
set -e
app=/opt/deskbreak
apps=/usr/share/applications
icons=/usr/share/icons/hicolor
case "$1" in
  install)
    install -D -m 644 "$app/lib/deskbreak.desktop" "$apps/deskbreak.desktop"
    for png in "$app"/lib/icons/deskbreak-*.png; do
      size=${png##*-}; size=${size%.png}
      install -D -m 644 "$png" "$icons/${size}x${size}/apps/deskbreak.png"
    done
    ln -sf "$app/bin/DeskBreak" /usr/bin/deskbreak
    # The AOT cache (lib/app/deskbreak.aot) fits only jars with the times they had when it was made;
    # the package tools give them the time of packing. Put those times back.
    if [ -f "$app/lib/app/deskbreak.aot.jar-time" ]; then
      stamp=$(cat "$app/lib/app/deskbreak.aot.jar-time")
      case "$stamp" in
        *[!0-9]* | "") ;;
        *) find "$app/lib/app" -name '*.jar' -exec touch -m -d "@$stamp" {} + ;;
      esac
    fi
    ;;
  remove)
    rm -f "$apps/deskbreak.desktop"
    for png in "$app"/lib/icons/deskbreak-*.png; do
      size=${png##*-}; size=${size%.png}
      rm -f "$icons/${size}x${size}/apps/deskbreak.png"
    done
    if [ "$(readlink /usr/bin/deskbreak 2>/dev/null)" = "$app/bin/DeskBreak" ]; then
      rm -f /usr/bin/deskbreak
    fi
    ;;
  *)
    echo "usage: $0 install|remove" >&2
    exit 2
    ;;
esac
# Menus notice the files by themselves; the caches, where a desktop has them, only speed that up.
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$icons" || true; fi
exit 0
