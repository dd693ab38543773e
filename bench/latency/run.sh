#!/usr/bin/env bash
# How long a break takes to reach the screen: DeskBreak started with the README's run command on
# Xvfb + openbox + trayer, a fresh DESKBREAK_HOME and the shortest cycle the settings allow (a break
# every minute, no heads-up), so N breaks take about N minutes. For each break it measures
#   (a) due -> card painted: from the instant the planner planned the break for (the scheduler's
#       lateness counts) to the reminder card's first paint, both from the app's log;
#   (b) click -> routine painted: from the click on the card's Start (xdotool, at the place the
#       app's layout log gives; the instant is the toolkit event's) to the routine window's first
#       paint;
# then skips the routine on the command socket and waits for the next break. The first break of a
# run is the first card and routine window this JVM builds; the others are warm.
# Writes bench/latency/results.md: median, max and every sample beside the targets.
# Usage: bench/latency/run.sh [N]     (default 5; after ./mvnw -q -DskipTests package)
# Environment: DESKBREAK_JAR=... measures another build; OUT=FILE writes the results elsewhere;
#   KEEP_LOG=FILE copies the app's log there.
# Needs: xvfb openbox trayer xdotool x11-utils dbus-x11 python3.
set -u
cd "$(dirname "$0")/../.."
. bench/lib/desktop.sh
n=${1:-5}
jar=${DESKBREAK_JAR:-target/deskbreak.jar}
out=${OUT:-bench/latency/results.md}
card_target=150
routine_target=250
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package"; exit 1; }
readme_cmd=$(awk '/^Run the app:/{f=1} f && /^\.\/mvnw/{sub(/^.*&& /,""); print; exit}' README.md)
readme_cmd=${readme_cmd//target\/deskbreak.jar/$jar}
# Debug level for the layout lines that say where Start is; the measured lines are INFO.
cmd=${readme_cmd/java /java -Ddeskbreak.loglevel=DEBUG }
java_version=$(java -version 2>&1 | grep -v '^Picked up' | head -1)

pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    deskbreak_cmd "$home" quit >/dev/null 2>&1
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  [ -n "${KEEP_LOG:-}" ] && [ -f "${log:-}" ] && cp "$log" "$KEEP_LOG"
  desktop_stop
}
desktop_start trayer
trap cleanup EXIT
home=$bench_home/deskbreak
log=$home/data/logs/deskbreak.log
clicks=$bench_home/clicks.txt
mkdir -p "$home/config" "$home/data"
echo read > "$home/data/routine-safety-read"   # the routine opens on its steps, not its safety notes
cat > "$home/config/deskbreak.ini" <<'INI'
[reminders]
interval_minutes = 1
snooze_minutes = 1
notice_seconds = 0
INI
: > "$clicks"
DESKBREAK_HOME=$home bash -c "exec $cmd" >/dev/null 2>&1 &
pid=$!

count() { local c; c=$(grep -c -- "$1" "$log" 2>/dev/null); echo "${c:-0}"; }
await() {  # await TEXT COUNT SECONDS
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(count "$1")" -lt "$2" ]; do
    [ "$(date +%s)" -lt $deadline ] || { echo "no '$1' #$2 within $3 s" >&2; return 1; }
    kill -0 "$pid" 2>/dev/null || { echo "DeskBreak exited" >&2; return 1; }
    sleep 0.2
  done
}

for i in $(seq "$n"); do
  await "first paint card" "$i" 150 || break
  sleep 1   # the card has settled where the window manager put it
  start=$(grep "layout card 'Start'" "$log" | tail -1 | sed -E 's/.* at (-?[0-9]+),(-?[0-9]+) size ([0-9]+)x([0-9]+).*/\1 \2 \3 \4/')
  read -r x y w h <<< "$start"
  xdotool mousemove $((x + w / 2)) $((y + h / 2))
  sleep 0.3
  echo "$i $(now_ms)" >> "$clicks"
  xdotool click 1
  await "first paint routine" "$i" 30 || break
  sleep 1
  deskbreak_cmd "$home" skip >/dev/null
  await "routine window closed" "$i" 10 || break
  echo "break $i measured"
done

python3 bench/latency/samples.py "$log" "$clicks" > "$bench_home/samples.txt"
python3 - "$bench_home/samples.txt" "$card_target" "$routine_target" "$(nproc)" "$java_version" "$(uname -r)" > "$out" <<'PY'
import statistics, sys, time
rows = [[None if v == "-" else int(v) for v in line.split()] for line in open(sys.argv[1])]
card_target, routine_target = int(sys.argv[2]), int(sys.argv[3])
def d(a, b):
    return None if a is None or b is None else b - a
card = [d(r[0], r[3]) for r in rows]
routine = [d(r[4], r[6]) for r in rows]
def summary(values, target):
    v = [x for x in values if x is not None]
    if not v:
        return "-", "-", "not measured"
    med, top = statistics.median(v), max(v)
    return f"{med:g}", f"{top}", "met" if top <= target else ("median met, max missed" if med <= target else "missed")
cm, cx, cv = summary(card, card_target)
rm, rx, rv = summary(routine, routine_target)
cell = lambda x: "-" if x is None else str(x)
print(f"Latency measured {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC: {len(rows)} breaks, "
      f"{sys.argv[4]} cores (shared), {sys.argv[5]}, Linux {sys.argv[6]}, Xvfb + openbox + trayer, "
      "the README's run command with -Ddeskbreak.loglevel=DEBUG")
print()
print("| | target ms | median ms | max ms | |")
print("|---|---|---|---|---|")
print(f"| break due → reminder card painted | ≤ {card_target} | {cm} | {cx} | {cv} |")
print(f"| click on Start → routine window painted | ≤ {routine_target} | {rm} | {rx} | {rv} |")
print()
print("Every break, in ms after the instant it was due (a) or after the click (b); break 1 is the first card")
print("and routine window this JVM builds. *fired*: the planner told its listeners (after asking whether")
print("now is a good moment); *shown*: the card made visible; *script click*: the bench's clock just before")
print("`xdotool click`, beside the toolkit event's instant the click is measured from.")
print()
print("| break | fired | card shown | (a) card painted | routine started | (b) routine painted | script click → event |")
print("|---|---|---|---|---|---|---|")
for i, r in enumerate(rows, 1):
    due, fired, shown, painted, clicked, started, rpaint, script = r
    print(f"| {i} | {cell(d(due, fired))} | {cell(d(due, shown))} | **{cell(d(due, painted))}** | "
          f"{cell(d(clicked, started))} | **{cell(d(clicked, rpaint))}** | {cell(d(script, clicked))} |")
PY
cat "$out"
