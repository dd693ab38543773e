# Shared by the benches: a private X display with openbox and a tray, a private session bus, and
# measurements of a process tree from /proc. Source it, then call desktop_start HOST.
hz=$(getconf CLK_TCK)

tree_pids() {  # a pid and all its descendants
  local p=$1
  echo "$p"
  for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do tree_pids "$c"; done
}
sum_kb() {  # field of smaps_rollup summed over pids (Rss, Pss, Private_Clean, Private_Dirty, ...)
  local field=$1; shift
  local s=0 v p
  for p in "$@"; do v=$(awk -v f="$field:" '$1==f{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null); s=$((s + ${v:-0})); done
  echo $s
}
uss_kb() {  # memory only this tree uses: what quitting it would give back
  echo $(( $(sum_kb Private_Clean "$@") + $(sum_kb Private_Dirty "$@") ))
}
cpu_ticks() {
  local s=0 p v
  for p in "$@"; do v=$(awk '{print $14+$15}' /proc/"$p"/stat 2>/dev/null); s=$((s + ${v:-0})); done
  echo $s
}
switches() {  # per thread "tid count": voluntary + involuntary context switches, how often it woke
  local p f
  for p in "$@"; do
    for f in /proc/"$p"/task/*/status; do
      awk -v t="${f%/status}" '/^(voluntary|nonvoluntary)_ctxt_switches/{s+=$2} END{sub(/.*\//,"",t); print t, s+0}' "$f" 2>/dev/null
    done
  done
}
switch_delta() {  # switch_delta "$before" "$after": switches since, over threads alive at both times
  awk 'NR==FNR{a[$1]=$2; next} ($1 in a){d+=$2-a[$1]} END{print d+0}' <(echo "$1") <(echo "$2")
}
threads() {
  local s=0 p
  for p in "$@"; do s=$((s + $(ls /proc/"$p"/task 2>/dev/null | wc -l))); done
  echo $s
}
other_jvms() {  # JVMs on this machine outside the given pids: they share libjvm's and the JDK's pages
  local mine=" $* " p n=0
  for p in $(pgrep -x java; pgrep -f 'lib/runtime/lib/|bin/DeskBreak' ); do
    case $mine in *" $p "*) ;; *) n=$((n + 1)) ;; esac
  done
  echo $n
}
mib() { awk -v k="$1" 'BEGIN{printf "%.1f", k/1024}'; }
median() { sort -n | awk '{a[NR]=$1} END{if(NR==0){print "-"; exit} print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now_ms() { date +%s%3N; }

# desktop_start HOST: HOST is trayer (XEmbed tray only) or xfce4-panel (StatusNotifierWatcher and
# XEmbed tray on a private session bus) or none.
desktop_start() {
  bench_home=$(mktemp -d)
  mkfifo "$bench_home/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$bench_home/display" 2>/dev/null &
  xvfb=$!   # this run's own server, never another one on the machine
  read -r dnum < "$bench_home/display"
  export DISPLAY=:$dnum
  eval "$(dbus-launch --sh-syntax)"
  export DBUS_SESSION_BUS_ADDRESS
  sysbus_pid=
  if [ ! -S /run/dbus/system_bus_socket ]; then
    # Safe Eyes stops part-way through its start without a system bus: a private one stands in.
    local sysbus; sysbus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
    export DBUS_SYSTEM_BUS_ADDRESS=$(echo "$sysbus" | sed -n 1p)
    sysbus_pid=$(echo "$sysbus" | sed -n 2p)
  fi
  openbox >/dev/null 2>&1 &
  wm=$!
  sleep 0.5
  tray=
  case ${1:-trayer} in
    trayer)
      trayer --edge top --align right --widthtype request --height 24 --transparent false >/dev/null 2>&1 &
      tray=$! ;;
    xfce4-panel)
      local dir=$bench_home/panel/.config/xfce4/xfconf/xfce-perchannel-xml
      mkdir -p "$dir"
      cat > "$dir/xfce4-panel.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array"><value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="size" type="uint" value="26"/>
      <property name="plugin-ids" type="array"><value type="int" value="1"/><value type="int" value="2"/></property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="separator"><property name="expand" type="bool" value="true"/></property>
    <property name="plugin-2" type="string" value="systray"><property name="square-icons" type="bool" value="true"/></property>
  </property>
</channel>
XML
      HOME=$bench_home/panel XDG_CONFIG_HOME=$bench_home/panel/.config xfce4-panel >/dev/null 2>&1 &
      tray=$!
      for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
          string:org.kde.StatusNotifierWatcher 2>/dev/null | grep -q true && break
        sleep 0.2
      done ;;
  esac
  sleep 1
  tray_win=$(xwininfo -root -tree | awk '/"panel"/{print $1; exit}')
}
desktop_stop() {
  kill $tray $wm $DBUS_SESSION_BUS_PID $sysbus_pid $xvfb 2>/dev/null
  rm -rf "$bench_home"
}
docked_icons() {  # windows embedded in trayer's panel
  [ -n "$tray_win" ] || { echo 0; return; }
  xwininfo -id "$tray_win" -children 2>/dev/null | awk '/ child(ren)?[:.]/{n=$1} END{print n+0}'
}
sni_items() {  # items registered with the StatusNotifierWatcher
  dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
    org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher string:RegisteredStatusNotifierItems 2>/dev/null \
    | grep -c 'string "'
}
# deskbreak_cmd HOME COMMAND...: one request on the running app's command socket, as the CLI sends it,
# without starting a JVM for it.
deskbreak_cmd() {
  local home=$1; shift
  local sock; sock=$(find "$home" /tmp -maxdepth 4 -name '*.sock' -path "*$(basename "$home")*" 2>/dev/null | head -1)
  [ -n "$sock" ] || sock=$(find "$home" -name '*.sock' 2>/dev/null | head -1)
  python3 - "$sock" "$@" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(("DESKBREAK/1 " + " ".join(sys.argv[2:]) + "\n").encode())
s.shutdown(socket.SHUT_WR)
sys.stdout.write(s.makefile().read())
PY
}
