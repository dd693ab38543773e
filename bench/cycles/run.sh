#!/usr/bin/env bash
# Does DeskBreak grow? Opens and closes the routine window CYCLES times (the `now` and `skip`
# commands, sent on its command socket as the CLI sends them) and reports USS, PSS, RSS and
# threads at the start, every 100 cycles and at the end. Run it with MALLOC_ARENA_MAX=2 in the
# environment to compare glibc with two arenas.
# Usage: bench/cycles/run.sh [cycles]      (default 500; after ./mvnw -q -DskipTests package)
set -u
cd "$(dirname "$0")/../.."
. bench/lib/desktop.sh
cycles=${1:-500}
jar=${DESKBREAK_JAR:-target/deskbreak.jar}
out=bench/cycles/results.md
desktop_start trayer
dir=$bench_home/deskbreak
mkdir -p "$dir"
DESKBREAK_HOME=$dir java @installer/jvm.options -Ddeskbreak.timeScale=0.05 -jar "$jar" >/dev/null 2>&1 &
pid=$!
sleep 15
row() { local p=($(tree_pids "$pid")); echo "| $1 | $(mib "$(uss_kb "${p[@]}")") | $(mib "$(sum_kb Pss "${p[@]}")") | $(mib "$(sum_kb Rss "${p[@]}")") | $(threads "${p[@]}") |"; }
rows=("$(row 0)")
for i in $(seq "$cycles"); do
  deskbreak_cmd "$dir" now >/dev/null
  for _ in $(seq 200); do xdotool search --name 'routine|Routine|DeskBreak' >/dev/null 2>&1 && break; sleep 0.02; done
  sleep 0.3
  deskbreak_cmd "$dir" skip >/dev/null
  sleep 0.3
  if [ $((i % 100)) = 0 ] || [ "$i" = "$cycles" ]; then sleep 3; rows+=("$(row "$i")"); echo "${rows[-1]}"; fi
done
deskbreak_cmd "$dir" quit >/dev/null
sleep 2; kill "$pid" 2>/dev/null
desktop_stop
{
  echo "Routine windows opened and closed on $(date -u +%Y-%m-%d), $(nproc) cores, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
  echo
  echo "| cycles | USS MiB | PSS MiB | RSS MiB | threads |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out${MALLOC_ARENA_MAX:+.arena$MALLOC_ARENA_MAX}"
cat "$out${MALLOC_ARENA_MAX:+.arena$MALLOC_ARENA_MAX}"
