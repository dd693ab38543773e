#!/usr/bin/env bash
# Which break reminders put a working icon into which real Linux tray host.
# For every host x app pair, on a fresh X server: Xvfb + openbox + a session D-Bus + the host,
# start the app, poll every 0.5 s (up to 40 s) until its icon is docked, then record
#   docked   - yes (XEmbed: a new small window inside the host's window tree;
#                   SNI: an item registered with the host's StatusNotifierWatcher) or no
#   seconds  - from starting the app to the icon being docked
#   icon     - size of the embedded icon window (SNI: size of what the host painted)
#   notes    - protocol, painted picture size and colour count (a blank square has 1 or 2),
#              other windows the app opened, whether it exited
# and save one small cropped screenshot of the tray area per run in bench/tray-hosts/shots/.
# Host "none" runs with no tray at all: DeskBreak must then show its "DeskBreak" status window;
# for the peers the run just records what they show (or that they exit).
#
# Usage: bench/tray-hosts/run.sh [-t timeout_seconds] [hosts...] [-- apps...]
#   hosts: trayer xfce4-panel none (default: all three)
#   apps:  deskbreak workrave safeeyes (default: all three; peers not installed are skipped)
#   Writes bench/tray-hosts/results.md and bench/tray-hosts/shots/*.png.
#   Uses the first free X display among :20-:29. KEEP=1 keeps each run's logs in /tmp.
# Needs: xvfb openbox dbus-x11 x11-utils xdotool imagemagick, the hosts trayer and xfce4-panel
#   (with xfconf), a JDK 17+ and target/deskbreak.jar (./mvnw -q -o -DskipTests package);
#   peers from Debian: workrave, safeeyes.
set -u
cd "$(dirname "$0")/../.."
timeout=40
if [ "${1:-}" = -t ]; then timeout=$2; shift 2; fi
hosts=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do hosts+=("$1"); shift; done
[ "${1:-}" = -- ] && shift
apps=("$@")
[ ${#hosts[@]} -gt 0 ] || hosts=(trayer xfce4-panel none)
[ ${#apps[@]} -gt 0 ] || apps=(deskbreak workrave safeeyes)
jar=target/deskbreak.jar
out_dir=bench/tray-hosts
shots=$out_dir/shots
mkdir -p "$shots"
work=$(mktemp -d /tmp/tray-hosts.XXXXXX)

# ---- process bookkeeping: everything started here is killed with its whole tree -----------
started=()
tree_pids() {  # a pid and all its descendants, children first
  local p=$1 c
  for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do tree_pids "$c"; done
  echo "$p"
}
kill_tree() {  # TERM the tree, give it 2 s, then KILL what is left
  local p all=()
  for p in "$@"; do all+=($(tree_pids "$p")); done
  [ ${#all[@]} -gt 0 ] || return 0
  kill "${all[@]}" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    local alive=0
    for p in "${all[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && return 0
    sleep 0.2
  done
  kill -9 "${all[@]}" 2>/dev/null
}
stop_run() {  # newest first: app, host, window manager, buses, X server
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do kill_tree "${started[$i]}"; done
  started=()
}
cleanup() {
  stop_run
  if [ "${KEEP:-0}" = 1 ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- one run -----------------------------------------------------------------------------
free_display() {
  local n
  for n in 20 21 22 23 24 25 26 27 28 29; do
    [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { echo ":$n"; return 0; }
  done
  return 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

xfce_panel_config() {  # one top panel: an expanding separator and the notification area
  local dir=$1/.config/xfce4/xfconf/xfce-perchannel-xml
  mkdir -p "$dir"
  cat > "$dir/xfce4-panel.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>

<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="icon-size" type="uint" value="16"/>
      <property name="size" type="uint" value="26"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
        <value type="int" value="2"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="separator">
      <property name="expand" type="bool" value="true"/>
      <property name="style" type="uint" value="0"/>
    </property>
    <property name="plugin-2" type="string" value="systray">
      <property name="square-icons" type="bool" value="true"/>
    </property>
  </property>
</channel>
EOF
}

top_window() {  # id of the first top-level-ish window whose name is $1 and width at least $2
  xwininfo -root -tree 2>/dev/null | awk -v n="\"$1\":" -v minw="$2" '
    $2 == n { split($0, g, /\)  /); split(g[2], s, /[x+]/); if (s[1] + 0 >= minw) { print $1; exit } }'
}
subtree() {  # "id WxH absX absY" for every window below $1
  xwininfo -id "$1" -tree 2>/dev/null | awk '
    $1 ~ /^0x/ { n = split($0, f, "  "); geo = f[n - 1]; abs = f[n]
      split(geo, s, /[x+]/); split(abs, a, /\+/); print $1, s[1] "x" s[2], a[2], a[3] }'
}
new_icon() {  # outermost window in the host subtree that was not there before and is icon-sized
  subtree "$1" | awk -v before="$2" '
    BEGIN { while ((getline l < before) > 0) { split(l, b, " "); old[b[1]] = 1 } }
    !($1 in old) { split($2, s, "x"); if (s[1] >= 8 && s[2] >= 8 && s[1] <= 128 && s[2] <= 128) { print; exit } }'
}
sni_items() {  # items registered with the StatusNotifierWatcher, if the host runs one
  dbus-send --session --print-reply=literal --reply-timeout=1000 --dest=org.kde.StatusNotifierWatcher \
    /StatusNotifierWatcher org.freedesktop.DBus.Properties.Get \
    string:org.kde.StatusNotifierWatcher string:RegisteredStatusNotifierItems 2>/dev/null |
    tr ' ' '\n' | grep -c '/'
}
sni_menu() {  # $1 app, $2 run dir: what the newest item's D-Bus menu offers, and for DeskBreak whether a click there works
  local entry svc path menu layout labels id state
  entry=$(dbus-send --session --print-reply=literal --reply-timeout=1000 --dest=org.kde.StatusNotifierWatcher \
    /StatusNotifierWatcher org.freedesktop.DBus.Properties.Get \
    string:org.kde.StatusNotifierWatcher string:RegisteredStatusNotifierItems 2>/dev/null | tr ' ' '\n' | grep / | tail -1)
  [ -n "$entry" ] || { echo "menu: no item"; return; }
  svc=${entry%%/*}; path=/${entry#*/}
  menu=$(gdbus call --session -d "$svc" -o "$path" -m org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem Menu 2>/dev/null |
    grep -o "'/[^']*'" | tr -d "'")
  [ -n "$menu" ] || { echo "menu: none exported"; return; }
  layout=$(gdbus call --session -d "$svc" -o "$menu" -m com.canonical.dbusmenu.GetLayout 0 -- -1 "[]" 2>/dev/null)
  labels=$(printf '%s' "$layout" | grep -o "'label': <'[^']*'>" | wc -l)
  if [ "$1" != deskbreak ]; then echo "D-Bus menu with $labels labelled items"; return; fi
  # As a host does when the user clicks "Pause reminders > Until I resume"; then ask DeskBreak.
  id=$(printf '%s' "$layout" | grep -o "(\(int32 \)\?[0-9]*, {[^}]*'label': <'Until I resume'>" | grep -o '^(\(int32 \)\?[0-9]*' | grep -o '[0-9]*$')
  [ -n "$id" ] || { echo "D-Bus menu with $labels labelled items; no 'Until I resume' item"; return; }
  gdbus call --session -d "$svc" -o "$menu" -m com.canonical.dbusmenu.Event "$id" clicked "<0>" 0 >/dev/null 2>&1
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    state=$(DESKBREAK_HOME="$2/deskbreak" java -jar "$jar" status 2>/dev/null | head -1)
    case $state in *paused*) break ;; esac
    sleep 0.3
  done
  echo "D-Bus menu with $labels labelled items; clicking 'Until I resume' there: ${state:-no answer}"
}
visible_windows() {  # "id name WxH" of the window manager's viewable, named client windows
  local w
  for w in $(xprop -root _NET_CLIENT_LIST 2>/dev/null | grep -o '0x[0-9a-f]*'); do
    xwininfo -id "$w" 2>/dev/null | awk -v id="$w" '
      /xwininfo: Window id/ { sub(/.*\(has no name\)|.*0x[0-9a-f]+ /, ""); name = $0 }
      /Width:/ { w = $2 } /Height:/ { h = $2 } /Map State: IsViewable/ { v = 1 }
      END { if (v && name != "") print id, name, w "x" h }'
  done | sort
}
colours() { convert "$1" -format '%k' info: 2>/dev/null || echo '?'; }
drawn_size() {  # size of what is painted: the image less its borders of the background colour
  convert "$1" -fuzz 8% -trim -format '%wx%h' info: 2>/dev/null || echo '?'
}

start_app() {  # $1 app, $2 run dir; prints nothing, sets app_pid
  local app=$1 dir=$2
  case $app in
    deskbreak)
      mkdir -p "$dir/deskbreak"
      DESKBREAK_HOME="$dir/deskbreak" setsid java @installer/jvm.options -jar "$jar" >"$dir/app.log" 2>&1 &
      ;;
    workrave) HOME="$dir/peer" setsid workrave >"$dir/app.log" 2>&1 & ;;
    safeeyes) HOME="$dir/peer" setsid safeeyes >"$dir/app.log" 2>&1 & ;;
  esac
  app_pid=$!
  started+=("$app_pid")
}

rows=()
run_one() {  # $1 host, $2 app
  local host=$1 app=$2 n=${#rows[@]}
  local dir=$work/run$n display host_win="" docked=no secs="-" icon="-" notes=() shot="-"
  mkdir -p "$dir/home" "$dir/peer"
  display=$(free_display) || { echo "no free display among :20-:29"; return 1; }
  export DISPLAY=$display HOME=$dir/home
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$dir/xvfb.log" 2>&1 &
  started+=($!)
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  eval "$(dbus-launch --sh-syntax)"
  started+=("$DBUS_SESSION_BUS_PID")
  # This machine has no system D-Bus; real desktops do, and Safe Eyes stops starting without one
  # (it listens there for suspend). A private bus stands in for it.
  if [ ! -S /run/dbus/system_bus_socket ]; then
    local sysbus
    sysbus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
    export DBUS_SYSTEM_BUS_ADDRESS=$(echo "$sysbus" | sed -n 1p)
    started+=("$(echo "$sysbus" | sed -n 2p)")
  fi
  openbox >"$dir/wm.log" 2>&1 &
  started+=($!)
  # Someone is at the desk: nudge the pointer now and then, or Safe Eyes' Smart Pause sees an
  # idle X server and pauses itself after 5 s (its tray icon then turns grey).
  (while :; do xdotool mousemove_relative 1 0; sleep 1; xdotool mousemove_relative -- -1 0; sleep 1; done) >/dev/null 2>&1 &
  started+=($!)
  sleep 0.5
  case $host in
    trayer)
      trayer --edge top --align right --widthtype request --height 24 --transparent false >"$dir/host.log" 2>&1 &
      started+=($!)
      for _ in $(seq 40); do host_win=$(top_window panel 1); [ -n "$host_win" ] && break; sleep 0.25; done
      ;;
    xfce4-panel)
      xfce_panel_config "$HOME"
      xfce4-panel >"$dir/host.log" 2>&1 &
      started+=($!)
      # ready when the panel window holds the systray plugin (it runs in its own wrapper process)
      for _ in $(seq 80); do
        host_win=$(top_window xfce4-panel 100)
        [ -n "$host_win" ] && subtree "$host_win" | grep -q . && xwininfo -id "$host_win" -tree | grep -q wrapper-2.0 && break
        host_win=""; sleep 0.25
      done
      ;;
  esac
  if [ "$host" != none ] && [ -z "$host_win" ]; then
    echo "$host did not come up on $display"; rows+=("| $host | $app | host failed | - | - | its log: host.log (KEEP=1 keeps it) | - |"); stop_run; return
  fi
  sleep 1
  local before=$dir/before.txt
  [ -n "$host_win" ] && subtree "$host_win" > "$before"
  visible_windows > "$dir/windows-before.txt"
  local sni0=0
  [ -n "$host_win" ] && sni0=$(sni_items)

  local t0 found="" how="" exited=""
  t0=$(now)
  start_app "$app" "$dir"
  while :; do
    if [ "$host" = none ]; then
      # DeskBreak must show its status window; for the peers, any window they open counts
      if [ "$app" = deskbreak ]; then
        found=$(xdotool search --onlyvisible --name '^DeskBreak$' 2>/dev/null | head -1)
        [ -n "$found" ] && found=$(printf '0x%x' "$found")
      else
        found=$(visible_windows | awk 'FILENAME == ARGV[1] { old[$1] = 1; next } !($1 in old) { print $1; exit }' \
          "$dir/windows-before.txt" -)
      fi
      [ -n "$found" ] && how=window
    else
      found=$(new_icon "$host_win" "$before")
      [ -n "$found" ] && how=xembed
      if [ -z "$found" ] && [ "$(sni_items)" -gt "$sni0" ]; then found=sni; how=sni; fi
    fi
    [ -n "$found" ] && { secs=$(since "$t0"); break; }
    kill -0 "$app_pid" 2>/dev/null || { exited=yes; break; }
    [ "$(since "$t0" | cut -d. -f1)" -ge "$timeout" ] && break
    sleep 0.5
  done
  # let the icon (or window) paint, and let any other windows the app opens appear
  sleep 3
  kill -0 "$app_pid" 2>/dev/null || exited=yes

  local png=$shots/$host-$app.png
  rm -f "$png"
  case $how in
    xembed)
      docked=yes
      set -- $found  # id WxH x y
      icon=$2
      local hy hh
      read -r hy hh < <(xwininfo -id "$host_win" | awk '/Absolute upper-left Y/{y=$4} /Height:/{h=$2} END{print y, h}')
      # the icon with up to 60 px of the tray around it, so the shot shows it in its place
      local cx=$(( $3 - 60 < 0 ? 0 : $3 - 60 )) cw=$(( ${2%x*} + 120 ))
      import -window root -crop "${cw}x${hh}+${cx}+${hy}" +repage -filter point -resize 300% -depth 8 "$png"
      local iconpng=$dir/icon.png
      import -window root -crop "$2+$3+$4" +repage "$iconpng"
      notes+=("XEmbed; picture $(drawn_size "$iconpng") with $(colours "$iconpng") colours")
      ;;
    sni)
      docked=yes
      local plug px py pw ph
      plug=$(xwininfo -id "$host_win" -tree | awk '/"wrapper-2.0"/{print $1; exit}')
      read -r px py pw ph < <(xwininfo -id "$plug" | awk '/Absolute upper-left X/{x=$4} /Absolute upper-left Y/{y=$4} /Width:/{w=$2} /Height:/{h=$2} END{print x, y, w, h}')
      import -window root -crop "$((pw + 40))x${ph}+$((px - 20))+${py}" +repage -filter point -resize 300% -depth 8 "$png"
      local iconpng=$dir/icon.png
      import -window root -crop "${pw}x${ph}+${px}+${py}" +repage "$iconpng"
      icon="$(drawn_size "$iconpng") drawn"
      notes+=("StatusNotifierItem: no X window, the panel draws the icon; $(colours "$iconpng") colours in the tray area")
      notes+=("$(sni_menu "$app" "$dir")")
      ;;
    window)
      docked="-"
      local wg wn
      wg=$(xwininfo -id "$found" | awk '/Width:/{w=$2} /Height:/{h=$2} END{print w "x" h}')
      wn=$(xwininfo -id "$found" | awk '/xwininfo: Window id/ { sub(/.*0x[0-9a-f]+ /, ""); print }')
      notes+=("shows window $wn $wg")
      import -window "$found" -depth 8 -colors 64 "$png"
      ;;
    *)
      [ "$host" = none ] && docked="-"
      if [ "$host" != none ]; then
        notes+=("no icon after ${timeout} s")
      fi
      if [ -n "$host_win" ]; then
        import -window "$host_win" -filter point -resize 200% -depth 8 "$png" 2>/dev/null
      fi
      ;;
  esac
  # what else the app showed (a main window, a first-run dialog ...)
  visible_windows > "$dir/windows-after.txt"
  local extra
  extra=$(awk 'FILENAME == ARGV[1] { old[$1] = 1; next } !($1 in old)' "$dir/windows-before.txt" "$dir/windows-after.txt" |
    { [ "$how" = window ] && grep -v "^$found " || cat; } | cut -d' ' -f2- | paste -sd ',' | sed 's/,/, /g')
  if [ -n "$extra" ]; then notes+=("also shows $extra")
  elif [ "$host" = none ] && [ "$how" != window ]; then notes+=("shows no window")
  fi
  if [ -n "$exited" ]; then
    wait "$app_pid" 2>/dev/null; notes+=("exited (status $?): $(grep -v '^\s*$' "$dir/app.log" | tail -1 | cut -c1-120)")
  elif [ "$host" = none ] && [ "$how" != window ]; then
    notes+=("keeps running")
  fi
  [ -f "$png" ] && shot="[png](shots/$(basename "$png"))"
  local note
  note=$(printf '%s; ' "${notes[@]}"); note=${note%; }
  rows+=("| $host | $app | $docked | $secs | $icon | ${note//|//} | $shot |")
  echo "$host / $app: docked=$docked seconds=$secs icon=$icon; $note"
  stop_run
  unset DBUS_SESSION_BUS_ADDRESS DBUS_SESSION_BUS_PID DBUS_SYSTEM_BUS_ADDRESS
}

# ---- all runs ----------------------------------------------------------------------------
runnable=()
for app in "${apps[@]}"; do
  case $app in
    deskbreak) [ -f "$jar" ] || { echo "build first: ./mvnw -q -o -DskipTests package"; continue; } ;;
    workrave|safeeyes) command -v "$app" >/dev/null || { echo "$app not installed: skipped"; continue; } ;;
    *) echo "unknown app $app: skipped"; continue ;;
  esac
  runnable+=("$app")
done
for host in "${hosts[@]}"; do
  case $host in
    trayer|xfce4-panel) command -v "$host" >/dev/null || { echo "$host not installed: skipped"; continue; } ;;
    none) ;;
    *) echo "unknown host $host: skipped"; continue ;;
  esac
  for app in "${runnable[@]}"; do run_one "$host" "$app"; done
done

version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo "not installed"; }
{
  echo "# Tray hosts: which app docks where"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -srm), $(nproc) cores, Xvfb 1280x800x24 + openbox $(version openbox)."
  echo "Poll every 0.5 s, give up after ${timeout} s. Written by \`bench/tray-hosts/run.sh\`; see README.md for how to read it."
  echo
  echo "Versions: DeskBreak $(unzip -p "$jar" META-INF/MANIFEST.MF 2>/dev/null | awk -F': ' '/Implementation-Version/{gsub(/\r/,""); print $2}' | grep . || echo "(jar)") on $(java -version 2>&1 | head -1 | tr -d '"'),"
  echo "Workrave $(version workrave), Safe Eyes $(version safeeyes), trayer $(version trayer), xfce4-panel $(version xfce4-panel), xfconf $(version xfconf)."
  echo
  echo "| host | app | docked | seconds | icon | notes | shot |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out_dir/results.md"
cat "$out_dir/results.md"
