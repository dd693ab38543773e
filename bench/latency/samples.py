#!/usr/bin/env python3
"""Reads DeskBreak's log (and the bench's own click times) into latency samples.

One sample per reminder card:
  due        the instant the break was planned for: `next=` of the last `state phase=COUNTING` line
             before the card (so the scheduler's lateness counts)
  fired      the planner told its listeners the break is due (`break due renudge=false`)
  shown      the card was made visible (`reminder card shown`)
  painted    the card's first paint (`first paint card at MILLIS`)
  clicked    the click on Start, from the toolkit's event (`card Start clicked at MILLIS`)
  started    the planner started the routine (`routine started`)
  routine    the routine window's first paint (`first paint routine at MILLIS`)
All in wall-clock milliseconds since the epoch; log line times are read in the local zone, as the
app writes them.

Usage: samples.py LOG [CLICKS]   prints one line per sample: the fields above, space separated
  (`-` where missing), then the bench's own click instant from CLICKS (`N MILLIS` lines).
"""
import re
import sys
from datetime import datetime, timezone

LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \S+\s+\[[^\]]*\] \S+ - (.*)$")
COUNTING = re.compile(r"state phase=COUNTING next=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z")
FIRST_PAINT = re.compile(r"^first paint (\w+) at (\d+)$")
CLICKED = re.compile(r"^card Start clicked at (\d+)$")
FIELDS = ("due", "fired", "shown", "painted", "clicked", "started", "routine")


def line_millis(stamp):
    return int(datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp() * 1000 + 0.5)


def instant_millis(seconds, fraction):
    whole = datetime.strptime(seconds, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp()
    return int(whole) * 1000 + int(((fraction or "") + "000")[:3])


def samples(lines):
    """The samples in the order the cards came, as dicts of FIELDS (None where not logged)."""
    out = []
    due = fired = None
    current = None   # the card's sample, until its routine has painted or the next card comes
    for raw in lines:
        m = LINE.match(raw.rstrip("\n"))
        if not m:
            continue
        at, text = line_millis(m.group(1)), m.group(2)
        c = COUNTING.search(text)
        if c:
            due = instant_millis(c.group(1), c.group(2))
            continue
        if text == "break due renudge=false":
            fired = at
        elif text == "reminder card shown":
            current = dict.fromkeys(FIELDS)
            current.update(due=due, fired=fired, shown=at)
            out.append(current)
            due = fired = None
        elif current is not None:
            p = FIRST_PAINT.match(text)
            k = CLICKED.match(text)
            if p and p.group(1) == "card" and current["painted"] is None:
                current["painted"] = int(p.group(2))
            elif k and current["clicked"] is None:
                current["clicked"] = int(k.group(1))
            elif text == "routine started" and current["clicked"] is not None and current["started"] is None:
                current["started"] = at
            elif p and p.group(1) == "routine" and current["clicked"] is not None and current["routine"] is None:
                current["routine"] = int(p.group(2))
    return out


def clicks(lines):
    found = {}
    for raw in lines:
        parts = raw.split()
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            found[int(parts[0])] = int(parts[1])
    return found


def main(argv):
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        found = samples(f)
    script = {}
    if len(argv) > 2:
        with open(argv[2], encoding="utf-8") as f:
            script = clicks(f)
    for i, s in enumerate(found, 1):
        values = [s[k] for k in FIELDS] + [script.get(i)]
        print(" ".join("-" if v is None else str(v) for v in values))


if __name__ == "__main__":
    main(sys.argv)
