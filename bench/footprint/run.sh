#!/usr/bin/env bash
# Side-by-side idle footprint of DeskBreak and its peers, each docked in a real tray on Xvfb, in
# one run. For every app: launch it LAUNCHES times and time launch -> icon docked (median), then
# start it once more, let it settle, and measure a quiet window:
#   USS     - memory only this app uses (private pages): what quitting it gives back
#   PSS     - shared pages split fairly among the processes mapping them
#   RSS     - every page mapped, shared or not
#   cpu     - CPU time used in the window (utime+stime, all threads, whole tree), per minute
#   wakeups - context switches in the window (all threads), per minute: how often it wakes
#   quit    - DeskBreak: `quit` on its command socket -> process gone; peers: SIGTERM -> gone
# PSS of a JVM is lower while other JVMs run (they share libjvm and the JDK's files): the table
# says how many other JVMs ran during each measurement. USS falls as well: pages of libjvm and the
# class-data archive that another JVM maps too are shared, not this app's own.
# Usage: bench/footprint/run.sh [settle_seconds] [window_seconds] [apps...]
#   apps: deskbreak (the README's run command, read from README.md), deskbreak-package (the
#   installed .deb's menu entry: installer/package.sh deb, then apt-get install ./target/installer/*.deb),
#   deskbreak-jvm-defaults (java -jar alone), workrave, safeeyes, jvm-tray-floor (a JVM showing one
#   AWT tray icon and nothing else, with DeskBreak's JVM options: bench/footprint/floor, the floor under
#   DeskBreak's own cost; JVM=... runs it on another java, e.g. a JDK 25's, beside the package).
# Environment: TRAY=trayer (XEmbed, default) or TRAY=xfce4-panel (StatusNotifierItem on a private
#   session bus); LAUNCHES=10; DESKBREAK_JAR=... measures another build.
# Needs: xvfb openbox trayer x11-utils dbus-x11 python3; peers: apt-get install workrave safeeyes.
set -u
cd "$(dirname "$0")/../.."
. bench/lib/desktop.sh
settle=${1:-20}
window=${2:-60}
shift 2 2>/dev/null || shift $#
apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(deskbreak deskbreak-package workrave safeeyes)
host=${TRAY:-trayer}
launches=${LAUNCHES:-10}
jar=${DESKBREAK_JAR:-target/deskbreak.jar}
out=bench/footprint/results${TRAY:+-$TRAY}.md
readme_cmd=$(awk '/^Run the app:/{f=1} f && /^\.\/mvnw/{sub(/^.*&& /,""); print; exit}' README.md)
readme_cmd=${readme_cmd//target\/deskbreak.jar/$jar}
package_cmd=$(sed -n 's/^Exec=//p' installer/linux/deskbreak.desktop | head -1)

desktop_start "$host"
start_app() {  # start_app APP DIR: starts it in the background, sets pid
  local app=$1 dir=$2
  mkdir -p "$dir"
  case $app in
    deskbreak) DESKBREAK_HOME=$dir bash -c "exec $readme_cmd" >/dev/null 2>&1 & ;;
    deskbreak-package) DESKBREAK_HOME=$dir bash -c "exec $package_cmd" >/dev/null 2>&1 & ;;
    deskbreak-jvm-defaults) DESKBREAK_HOME=$dir java -jar "$jar" >/dev/null 2>&1 & ;;
    jvm-tray-floor) ${JVM:-java} @installer/jvm.options -cp "$bench_home/floor" TrayFloor >/dev/null 2>&1 & ;;
    workrave) HOME=$dir workrave >/dev/null 2>&1 & ;;
    safeeyes) HOME=$dir safeeyes >/dev/null 2>&1 & ;;
  esac
  pid=$!
}
present() {  # how many tray icons there are: docked in trayer, or registered as D-Bus items
  if [ "$host" = xfce4-panel ]; then echo $(( $(sni_items) )); else docked_icons; fi
}
stop_app() {  # stop_app APP DIR: quits as a user would; prints ms until the process is gone
  local app=$1 dir=$2 t0 p
  local all=($(tree_pids "$pid"))
  t0=$(now_ms)
  case $app in
    deskbreak*) deskbreak_cmd "$dir" quit >/dev/null 2>&1 || kill "$pid" ;;
    *) kill "$pid" ;;
  esac
  for _ in $(seq 500); do
    local alive=0
    for p in "${all[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.01
  done
  echo $(( $(now_ms) - t0 ))
  kill -9 "${all[@]}" 2>/dev/null
  wait "$pid" 2>/dev/null
}

available() {
  case $1 in
    deskbreak|deskbreak-jvm-defaults) [ -f "$jar" ] || { echo "$1: build first: ./mvnw -q -DskipTests package"; return 1; } ;;
    deskbreak-package) [ -x "${package_cmd%% *}" ] || [ -x "$(echo "$package_cmd" | awk '{print $NF}')" ] \
      || { echo "$1: not installed (installer/package.sh deb; apt-get install ./target/installer/deskbreak_*.deb)"; return 1; } ;;
    jvm-tray-floor) [ -f "$bench_home/floor/TrayFloor.class" ] \
      || javac --release 17 -d "$bench_home/floor" bench/footprint/floor/TrayFloor.java || return 1 ;;
    *) command -v "$1" >/dev/null || { echo "$1: not installed, skipped"; return 1; } ;;
  esac
}

rows=(); declare -A val; header=
for app in "${apps[@]}"; do
  available "$app" || continue
  times=()
  for i in $(seq "$launches"); do
    before=$(present)
    t0=$(now_ms)
    start_app "$app" "$bench_home/$app-launch-$i"
    docked_at=
    for _ in $(seq 1500); do
      [ "$(present)" -gt "$before" ] && { docked_at=$(now_ms); break; }
      sleep 0.01
    done
    [ -n "$docked_at" ] && times+=($((docked_at - t0)))
    sleep 1
    stop_app "$app" "$bench_home/$app-launch-$i" >/dev/null
    sleep 0.5
  done
  launch_ms=$(printf '%s\n' "${times[@]}" | median)
  [ ${#times[@]} -lt "$launches" ] && launch_ms="$launch_ms ($((launches - ${#times[@]})) never docked)"

  dir=$bench_home/$app
  start_app "$app" "$dir"
  sleep "$settle"
  if ! kill -0 "$pid" 2>/dev/null; then echo "$app exited during start"; continue; fi
  pids=($(tree_pids "$pid"))
  others0=$(other_jvms "${pids[@]}")
  t0=$(cpu_ticks "${pids[@]}"); c0=$(switches "${pids[@]}")
  sleep "$window"
  pids=($(tree_pids "$pid"))
  t1=$(cpu_ticks "${pids[@]}"); c1=$(switches "${pids[@]}")
  others=$(( $(other_jvms "${pids[@]}") > others0 ? $(other_jvms "${pids[@]}") : others0 ))
  uss=$(uss_kb "${pids[@]}"); pss=$(sum_kb Pss "${pids[@]}"); rss=$(sum_kb Rss "${pids[@]}")
  nthreads=$(threads "${pids[@]}")
  docked=$([ "$(present)" -gt 0 ] && echo yes || echo no)
  cpu=$(( (t1 - t0) * 1000 / hz * 60 / window ))
  wake=$(( $(switch_delta "$c0" "$c1") * 60 / window ))
  quit_ms=$(stop_app "$app" "$dir")
  case $app in deskbreak* | jvm-*) alone=$([ "$others" = 0 ] && echo "alone" || echo "$others other JVMs") ;; *) alone=- ;; esac
  val[$app]="$uss $pss $rss $cpu $wake $launch_ms"
  rows+=("| $app | $(mib "$uss") | $(mib "$pss") | $(mib "$rss") | $cpu | $wake | $nthreads | ${launch_ms} | $quit_ms | $docked | $alone |")
  echo "$app: uss=$(mib "$uss") pss=$(mib "$pss") rss=$(mib "$rss") MiB cpu=${cpu}ms/min wakeups=$wake/min threads=$nthreads launch=${launch_ms}ms quit=${quit_ms}ms docked=$docked jvms=$alone"
  sleep 1
done
desktop_stop

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 == 0) print "-"; else printf "%.2f", a/b }'; }
{
  echo "Idle footprint on $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -r), tray host $host, settle ${settle}s, window ${window}s, launch median of $launches"
  echo
  echo "| app | USS MiB | PSS MiB | RSS MiB | CPU ms / min | wake-ups / min | threads | launch → tray ms | quit → gone ms | in tray | other JVMs |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  for db in deskbreak deskbreak-package; do
    [ -n "${val[$db]:-}" ] || continue
    for peer in workrave safeeyes; do
      [ -n "${val[$peer]:-}" ] || continue
      read -r u1 p1 r1 c1 w1 l1 _ <<< "${val[$db]}"; read -r u2 p2 r2 c2 w2 l2 _ <<< "${val[$peer]}"
      [ -n "$header" ] || { echo; echo "| ratio | USS | PSS | RSS | CPU | wake-ups | launch |"; echo "|---|---|---|---|---|---|---|"; header=1; }
      echo "| $db / $peer | $(ratio "$u1" "$u2") | $(ratio "$p1" "$p2") | $(ratio "$r1" "$r2") | $(ratio "$c1" "$c2") | $(ratio "$w1" "$w2") | $(ratio "$l1" "$l2") |"
    done
  done
} > "$out"
cat "$out"
