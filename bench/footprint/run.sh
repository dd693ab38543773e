#!/usr/bin/env bash
# Side-by-side idle footprint of DeskBreak and its peers, each docked in a real tray on Xvfb.
# For every app: start it, let it settle, then measure over a quiet window:
#   memory  - PSS and RSS summed over the app's process tree (/proc/PID/smaps_rollup)
#   cpu     - CPU time used during the window (utime+stime, all threads, whole tree)
#   wakeups - context switches during the window (all threads): how often it wakes when idle
#   docked  - whether an icon is embedded in the tray host
# Usage: bench/footprint/run.sh [settle_seconds] [window_seconds] [apps...]
#   apps: deskbreak workrave safeeyes deskbreak-jvm-defaults (peers not installed are reported and left out)
#   deskbreak runs as the README says (with installer/jvm.options); deskbreak-jvm-defaults without them.
# Needs: xvfb openbox trayer x11-utils dbus-x11; peers from Debian: workrave, safeeyes (with its
# recommended gir1.2-ayatanaappindicator3-0.1, or it runs without its tray icon and does less).
set -u
cd "$(dirname "$0")/../.."
settle=${1:-20}
window=${2:-60}
shift 2 2>/dev/null || shift $#
apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(deskbreak workrave safeeyes)
jar=${DESKBREAK_JAR:-target/deskbreak.jar}  # DESKBREAK_JAR=... measures another build
out=bench/footprint/results.md
hz=$(getconf CLK_TCK)

tree_pids() {  # a pid and all its descendants
  local p=$1
  echo "$p"
  for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do tree_pids "$c"; done
}
sum_kb() {  # field of smaps_rollup summed over pids
  local field=$1; shift
  local s=0 v
  for p in "$@"; do v=$(awk -v f="$field:" '$1==f{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null); s=$((s + ${v:-0})); done
  echo $s
}
cpu_ticks() {
  local s=0 p v
  for p in "$@"; do v=$(awk '{print $14+$15}' /proc/"$p"/stat 2>/dev/null); s=$((s + ${v:-0})); done
  echo $s
}
switches() {
  local s=0 p f v
  for p in "$@"; do
    for f in /proc/"$p"/task/*/status; do
      v=$(awk '/^(voluntary|nonvoluntary)_ctxt_switches/{s+=$2} END{print s+0}' "$f" 2>/dev/null); s=$((s + ${v:-0}))
    done
  done
  echo $s
}
threads() {
  local s=0 p
  for p in "$@"; do s=$((s + $(ls /proc/"$p"/task 2>/dev/null | wc -l))); done
  echo $s
}

display=:$((90 + RANDOM % 9))
home=$(mktemp -d)
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display
eval "$(dbus-launch --sh-syntax)"
# Real desktops have a system D-Bus; Safe Eyes stops part-way through its start without one (it
# listens there for suspend), which would flatter its figures. A private bus stands in for it.
sysbus_pid=
if [ ! -S /run/dbus/system_bus_socket ]; then
  sysbus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
  export DBUS_SYSTEM_BUS_ADDRESS=$(echo "$sysbus" | sed -n 1p)
  sysbus_pid=$(echo "$sysbus" | sed -n 2p)
fi
openbox >/dev/null 2>&1 &
wm=$!
trayer --edge top --align right --widthtype request --height 24 --transparent false >/dev/null 2>&1 &
tray=$!
sleep 1
tray_win=$(xwininfo -root -tree | awk '/"panel"/{print $1; exit}')

rows=()
for app in "${apps[@]}"; do
  case $app in
    deskbreak)
      [ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package"; continue; }
      DESKBREAK_HOME="$home/deskbreak" java @installer/jvm.options -jar "$jar" >/dev/null 2>&1 &
      ;;
    deskbreak-jvm-defaults)
      [ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package"; continue; }
      DESKBREAK_HOME="$home/deskbreak2" java -jar "$jar" >/dev/null 2>&1 &
      ;;
    workrave)
      command -v workrave >/dev/null || { echo "workrave not installed: skipped"; continue; }
      HOME="$home/workrave" workrave >/dev/null 2>&1 &
      ;;
    safeeyes)
      command -v safeeyes >/dev/null || { echo "safeeyes not installed: skipped"; continue; }
      HOME="$home/safeeyes" safeeyes >/dev/null 2>&1 &
      ;;
    *) echo "unknown app $app"; continue ;;
  esac
  pid=$!
  sleep "$settle"
  if ! kill -0 "$pid" 2>/dev/null; then echo "$app exited during start"; continue; fi
  pids=($(tree_pids "$pid"))
  t0=$(cpu_ticks "${pids[@]}"); c0=$(switches "${pids[@]}")
  sleep "$window"
  pids=($(tree_pids "$pid"))
  t1=$(cpu_ticks "${pids[@]}"); c1=$(switches "${pids[@]}")
  pss=$(sum_kb Pss "${pids[@]}"); rss=$(sum_kb Rss "${pids[@]}")
  docked=no
  [ -n "$tray_win" ] && [ "$(xwininfo -id "$tray_win" -children 2>/dev/null | awk '/children?[:.]/{print $1; exit}')" != "0" ] && docked=yes
  cpu_ms=$(( (t1 - t0) * 1000 / hz ))
  wakeups_per_min=$(( (c1 - c0) * 60 / window ))
  rows+=("| $app | $((pss / 1024)) | $((rss / 1024)) | $cpu_ms | $wakeups_per_min | $(threads "${pids[@]}") | $docked |")
  echo "$app: pss=$((pss / 1024))MiB rss=$((rss / 1024))MiB cpu=${cpu_ms}ms/${window}s switches/min=$wakeups_per_min docked=$docked"
  kill "$pid" 2>/dev/null; sleep 2; kill -9 "${pids[@]}" 2>/dev/null
  sleep 1
done

kill "$tray" "$wm" "$DBUS_SESSION_BUS_PID" $sysbus_pid "$xvfb" 2>/dev/null
rm -rf "$home"
{
  echo "Idle footprint on $(date -u +%Y-%m-%d), $(nproc) cores, settle ${settle}s, window ${window}s, Xvfb + openbox + trayer"
  echo
  echo "| app | PSS MiB | RSS MiB | CPU ms in window | context switches / min | threads | docked |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out"
cat "$out"
