#!/usr/bin/env bash
# Does DeskBreak grow? Two ways of using it all day, measured as USS, PSS, RSS and threads of the
# app's process tree:
#
#   bench/cycles/run.sh [cycles]   opens and closes the routine window CYCLES times (the `now` and
#                                  `skip` commands, sent on its command socket as the CLI sends them);
#                                  a row at the start, every 100 cycles and at the end (default 500).
#   bench/cycles/run.sh --day [breaks]
#                                  an office day of BREAKS breaks (default 11: eight hours at the
#                                  default 45 minutes). The day is time-scaled by a short interval,
#                                  not by a faked clock: `every 1m` (the shortest the app allows) and
#                                  the planner's own real-time wake-ups bring each break; the bench
#                                  polls `status` until it is due, takes it with `now`, lets the
#                                  routine run to its end at the bench's time scale (a two-minute
#                                  routine in six seconds), closes the end screen with Return (its
#                                  Close button) and measures shortly before the next break, after
#                                  the app has idled through the interval. The mouse moves a pixel
#                                  now and then, so the desk does not look empty (idle would count
#                                  as a break). With breaks a minute apart that is also when the
#                                  reminder's moment check runs (it starts 30 s before each break
#                                  and its threads end within a minute): its threads are listed.
#
# Environment:
#   FIRST=N        (cycles) also a row after each of the first N cycles, with the names of the
#                  threads that are new since the start
#   JAVA_EXTRA=... extra JVM options, e.g. -XX:NativeMemoryTracking=summary for an analysis;
#                  with NMT on, each row also writes `jcmd VM.native_memory summary` to
#                  $NMT_DIR (default /tmp/deskbreak-nmt); jcmd's attach adds its "Attach Listener"
#                  thread from the first row on
#   MALLOC_ARENA_MAX=2  compares glibc with two arenas (results go to a separate file)
# Results: bench/cycles/results.md, or results-day.md. Build first: ./mvnw -q -DskipTests package
set -u
cd "$(dirname "$0")/../.."
. bench/lib/desktop.sh
mode=cycles
if [ "${1:-}" = --day ]; then mode=day; shift; fi
count=${1:-$([ "$mode" = day ] && echo 11 || echo 500)}
first=${FIRST:-0}
jar=${DESKBREAK_JAR:-target/deskbreak.jar}
scale=0.05
out=bench/cycles/results$([ "$mode" = day ] && echo -day).md${MALLOC_ARENA_MAX:+.arena$MALLOC_ARENA_MAX}
nmt_dir=${NMT_DIR:-/tmp/deskbreak-nmt}
case ${JAVA_EXTRA:-} in *NativeMemoryTracking*) nmt=1; mkdir -p "$nmt_dir" ;; *) nmt= ;; esac
desktop_start trayer
dir=$bench_home/deskbreak
mkdir -p "$dir/data"
# The safety notes open only the first routine ever, and wait for a click: read already.
echo "The routine's safety notes were read." > "$dir/data/routine-safety-read"
# shellcheck disable=SC2086
DESKBREAK_HOME=$dir java @installer/jvm.options ${JAVA_EXTRA:-} -Ddeskbreak.timeScale=$scale -jar "$jar" >/dev/null 2>&1 &
pid=$!
sleep 15
thread_names() { local t; for t in /proc/"$pid"/task/*; do cat "$t/comm" 2>/dev/null; done | sort; }
start_threads=$(thread_names)
row() {  # row LABEL: one table row; the threads that are new since the start, in the last column
  local p=($(tree_pids "$pid")) added
  added=$(comm -13 <(echo "$start_threads") <(thread_names) | sort | uniq -c | awk '{printf "%s%s%s", sep, $2, ($1>1 ? " x" $1 : ""); sep=", "}')
  [ -n "$nmt" ] && jcmd "$pid" VM.native_memory summary > "$nmt_dir/nmt-$1.txt" 2>&1
  echo "| $1 | $(mib "$(uss_kb "${p[@]}")") | $(mib "$(sum_kb Pss "${p[@]}")") | $(mib "$(sum_kb Rss "${p[@]}")") | $(threads "${p[@]}") | ${added:--} |"
}
state() { deskbreak_cmd "$dir" status json 2>/dev/null | sed -n 's/.*"state":"\([a-z_]*\)".*/\1/p'; }
wait_for() {  # wait_for STATE SECONDS: polls `status` (moving the mouse) until the app is in STATE
  local want=$1 t
  for t in $(seq $(($2 / 2))); do
    [ "$(state)" = "$want" ] && return 0
    xdotool mousemove_relative -- $((t % 2 * 2 - 1)) 0 2>/dev/null
    sleep 2
  done
  echo "not $want after $2 s" >&2; return 1
}
routine_window() { xdotool search --onlyvisible --name 'tennis ball|[Rr]outine' 2>/dev/null | head -1; }
close_end_screen() {  # Return on the end screen, as its Close button; the user is done with it
  local w; w=$(routine_window)
  [ -n "$w" ] || return 0
  xdotool windowactivate --sync "$w" key Return 2>/dev/null
  for _ in $(seq 50); do [ -z "$(routine_window)" ] && return 0; sleep 0.1; done
  echo "the end screen stayed open" >&2
}
until_break() {  # until_break SECONDS: polls `status` (moving the mouse) until the next break is that close
  local j n b t
  for t in $(seq 60); do
    j=$(deskbreak_cmd "$dir" status json 2>/dev/null)
    n=$(echo "$j" | sed -n 's/.*"now":"\([^"]*\)".*/\1/p'); b=$(echo "$j" | sed -n 's/.*"nextBreakAt":"\([^"]*\)".*/\1/p')
    [ -n "$n" ] && [ -n "$b" ] && [ $(( $(date -d "$b" +%s) - $(date -d "$n" +%s) )) -le "$1" ] && return 0
    xdotool mousemove_relative -- $((t % 2 * 2 - 1)) 0 2>/dev/null
    sleep 2
  done
}
rows=("$(row 0)")
echo "${rows[-1]}"
if [ "$mode" = day ]; then
  deskbreak_cmd "$dir" every 1m >/dev/null
  for i in $(seq "$count"); do
    wait_for due 180 || break
    deskbreak_cmd "$dir" now >/dev/null
    wait_for in_routine 20
    wait_for counting 120 || break
    close_end_screen
    # Measured when the next break is close: the app has idled through the interval since.
    until_break 8
    rows+=("$(row "$i")"); echo "${rows[-1]}"
  done
else
  for i in $(seq "$count"); do
    deskbreak_cmd "$dir" now >/dev/null
    for _ in $(seq 200); do xdotool search --name 'routine|Routine|DeskBreak' >/dev/null 2>&1 && break; sleep 0.02; done
    sleep 0.3
    deskbreak_cmd "$dir" skip >/dev/null
    sleep 0.3
    if [ "$i" -le "$first" ] || [ $((i % 100)) = 0 ] || [ "$i" = "$count" ]; then sleep 3; rows+=("$(row "$i")"); echo "${rows[-1]}"; fi
  done
fi
deskbreak_cmd "$dir" quit >/dev/null
sleep 2; kill "$pid" 2>/dev/null
desktop_stop
{
  if [ "$mode" = day ]; then
    echo "A time-scaled day of $count breaks (every 1m, each taken with \`now\`, the routine run to its end at timeScale $scale) on $(date -u +%Y-%m-%d), $(nproc) cores, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
  else
    echo "Routine windows opened and closed on $(date -u +%Y-%m-%d), $(nproc) cores, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
  fi
  echo
  echo "| $([ "$mode" = day ] && echo breaks || echo cycles) | USS MiB | PSS MiB | RSS MiB | threads | threads new since the start |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out"
cat "$out"
