#!/bin/sh
# Idle cost of the wake-up scheduler: DeskBreak's Quartz configuration vs Quartz's stock thread
# pool and idle wait, over a window (default 60 s). Linux only: it reads /proc/self/task.
# Usage: bench/idle-wakeups/run.sh [seconds]
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.deskbreak.schedule.IdleWakeUpsBench "${1:-60}"
