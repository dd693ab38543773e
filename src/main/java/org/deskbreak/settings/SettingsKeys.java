package org.deskbreak.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.deskbreak.core.Defaults;
import org.deskbreak.core.Settings;
import org.deskbreak.core.Theme;
import org.deskbreak.core.Timing;
import org.deskbreak.core.WorkingHours;

/** The one place that knows how each setting is named and written in deskbreak.ini. */
final class SettingsKeys {

    static final String REMINDERS = "reminders";
    static final String SCHEDULE = "schedule";
    static final String ROUTINE = "routine";
    static final String APPEARANCE = "appearance";
    static final String STARTUP = "startup";

    static final String INTERVAL = "interval_minutes";
    static final String SNOOZE = "snooze_minutes";
    static final String SNOOZE_LIMIT = "snooze_limit_per_day";
    static final String NOTICE = "notice_seconds";
    static final String IDLE_RESET = "idle_reset_minutes";
    static final String WAIT_WHILE_BUSY = "wait_while_busy";
    static final String BUSY_LIMIT = "busy_limit_minutes";
    static final String WAIT_FOR_TYPING_PAUSE = "wait_for_typing_pause";
    static final String WORKING_DAYS = "working_days";
    static final String WORKING_HOURS = "working_hours";
    static final String ROUTINE_ID = "routine";
    static final String SOUND = "sound";
    static final String VOLUME = "volume";
    static final String SPEAK = "speak";
    static final String THEME = "theme";
    static final String LANGUAGE = "language";
    static final String START_AT_LOGIN = "start_at_login";

    static final List<String> SECTIONS = List.of(REMINDERS, SCHEDULE, ROUTINE, APPEARANCE, STARTUP);

    private static final Key K_INTERVAL = new Key(REMINDERS, INTERVAL);
    private static final Key K_SNOOZE = new Key(REMINDERS, SNOOZE);
    private static final Key K_SNOOZE_LIMIT = new Key(REMINDERS, SNOOZE_LIMIT);
    private static final Key K_NOTICE = new Key(REMINDERS, NOTICE);
    private static final Key K_IDLE_RESET = new Key(REMINDERS, IDLE_RESET);
    private static final Key K_WAIT_WHILE_BUSY = new Key(REMINDERS, WAIT_WHILE_BUSY);
    private static final Key K_BUSY_LIMIT = new Key(REMINDERS, BUSY_LIMIT);
    private static final Key K_WAIT_FOR_TYPING_PAUSE = new Key(REMINDERS, WAIT_FOR_TYPING_PAUSE);
    private static final Key K_WORKING_DAYS = new Key(SCHEDULE, WORKING_DAYS);
    private static final Key K_WORKING_HOURS = new Key(SCHEDULE, WORKING_HOURS);
    private static final Key K_ROUTINE_ID = new Key(ROUTINE, ROUTINE_ID);
    private static final Key K_SOUND = new Key(ROUTINE, SOUND);
    private static final Key K_VOLUME = new Key(ROUTINE, VOLUME);
    private static final Key K_SPEAK = new Key(ROUTINE, SPEAK);
    private static final Key K_THEME = new Key(APPEARANCE, THEME);
    private static final Key K_LANGUAGE = new Key(APPEARANCE, LANGUAGE);
    private static final Key K_START_AT_LOGIN = new Key(STARTUP, START_AT_LOGIN);

    /** Written at the top of a fresh file; kept as the user leaves it afterwards. */
    static final String HEADER = String.join("\n",
            " DeskBreak settings. Edit while DeskBreak runs; changes apply when you save.",
            " A value that is missing or out of range falls back to its default (the log names it).",
            "",
            " [reminders]",
            "   interval_minutes      minutes of work between breaks (" + minutes(Defaults.INTERVAL.min())
                    + "-" + minutes(Defaults.INTERVAL.max()) + ")",
            "   snooze_minutes        how long a snooze postpones a break (" + minutes(Defaults.SNOOZE_LENGTH.min())
                    + "-" + minutes(Defaults.SNOOZE_LENGTH.max()) + ")",
            "   snooze_limit_per_day  snoozes allowed per day (" + Defaults.SNOOZE_LIMIT_MIN + "-"
                    + Defaults.SNOOZE_LIMIT_MAX + ")",
            "   notice_seconds        warning before a break, in seconds (0 = off, at most "
                    + Defaults.PRE_BREAK_NOTICE.max().toSeconds() + ")",
            "   idle_reset_minutes    away from the keyboard this long counts as a break ("
                    + minutes(Defaults.IDLE_RESET.min()) + "-" + minutes(Defaults.IDLE_RESET.max()) + ")",
            "   wait_while_busy       true or false: a due break waits while you present, watch fullscreen",
            "                         or have Do Not Disturb on",
            "   busy_limit_minutes    the longest a break waits for that (" + minutes(Defaults.BUSY_LIMIT.min())
                    + "-" + minutes(Defaults.BUSY_LIMIT.max()) + ")",
            "   wait_for_typing_pause true or false: the reminder waits for a pause in typing (at most a minute)",
            " [schedule]",
            "   working_days          days breaks are planned: mon,tue,wed,thu,fri,sat,sun",
            "   working_hours         HH:MM-HH:MM; 24:00 is the end of the day; an end before the start",
            "                         runs into the next day (22:00-06:00)",
            " [routine]",
            "   routine               which guided routine a break offers: wall-tennis-ball,",
            "                         chair-tennis-ball or floor-tennis-ball",
            "   sound                 true or false: play sounds during the routine",
            "   volume                loudness of those sounds, " + Defaults.VOLUME_MIN + "-" + Defaults.VOLUME_MAX,
            "   speak                 true or false: read each step aloud",
            " [appearance]",
            "   theme                 system, light or dark",
            "   language              system, or a language tag such as en or pt-BR",
            " [startup]",
            "   start_at_login        true or false");

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());
    private static final LocalTime END_OF_DAY_MARK = LocalTime.MIDNIGHT;

    /** Where one setting lives in the file. */
    private record Key(String section, String name) {
    }

    /** Settings read from the file, and the keys whose text could not be used. */
    record Reading(Settings settings, List<String> badKeys) {
    }

    private SettingsKeys() {
    }

    static void write(Settings s, Preferences root) {
        texts(s).forEach((key, text) -> root.node(key.section()).put(key.name(), text));
    }

    /** Writes only the keys whose text differs between {@code before} and {@code after}; the rest stay as written. */
    static void write(Settings before, Settings after, Preferences root) {
        Map<Key, String> old = texts(before);
        texts(after).forEach((key, text) -> {
            if (!text.equals(old.get(key))) {
                root.node(key.section()).put(key.name(), text);
            }
        });
    }

    /** "section.key" of every key whose text differs between the two. */
    static List<String> changedKeys(Settings before, Settings after) {
        Map<Key, String> old = texts(before);
        List<String> changed = new ArrayList<>();
        texts(after).forEach((key, text) -> {
            if (!text.equals(old.get(key))) {
                changed.add(key.section() + "." + key.name());
            }
        });
        return changed;
    }

    /** Each key with its text, in file order. */
    private static Map<Key, String> texts(Settings s) {
        Map<Key, String> t = new LinkedHashMap<>();
        t.put(K_INTERVAL, Long.toString(s.interval().toMinutes()));
        t.put(K_SNOOZE, Long.toString(s.snoozeLength().toMinutes()));
        t.put(K_SNOOZE_LIMIT, Integer.toString(s.snoozeLimitPerDay()));
        t.put(K_NOTICE, Long.toString(s.preBreakNotice().toSeconds()));
        t.put(K_IDLE_RESET, Long.toString(s.idleReset().toMinutes()));
        t.put(K_WAIT_WHILE_BUSY, Boolean.toString(s.timing().waitWhileBusy()));
        t.put(K_BUSY_LIMIT, Long.toString(s.timing().busyLimit().toMinutes()));
        t.put(K_WAIT_FOR_TYPING_PAUSE, Boolean.toString(s.timing().waitForTypingPause()));
        t.put(K_WORKING_DAYS, formatDays(s.workingHours().days()));
        t.put(K_WORKING_HOURS, formatHours(s.workingHours()));
        t.put(K_ROUTINE_ID, s.routineId());
        t.put(K_SOUND, Boolean.toString(s.sound()));
        t.put(K_VOLUME, Integer.toString(s.volume()));
        t.put(K_SPEAK, Boolean.toString(s.speak()));
        t.put(K_THEME, s.theme().name().toLowerCase(Locale.ROOT));
        t.put(K_LANGUAGE, s.language());
        t.put(K_START_AT_LOGIN, Boolean.toString(s.startAtLogin()));
        return t;
    }

    /** Reads every key; a key that is present but unusable is named in {@link Reading#badKeys()} and defaulted. */
    static Reading read(Preferences root) {
        Settings d = Defaults.SETTINGS;
        Reader r = new Reader(root);
        Duration interval = r.value(REMINDERS, INTERVAL, d.interval(), t -> minutesIn(t, Defaults.INTERVAL));
        Duration snooze = r.value(REMINDERS, SNOOZE, d.snoozeLength(), t -> minutesIn(t, Defaults.SNOOZE_LENGTH));
        Integer limit = r.value(REMINDERS, SNOOZE_LIMIT, d.snoozeLimitPerDay(), SettingsKeys::snoozeLimit);
        Duration notice = r.value(REMINDERS, NOTICE, d.preBreakNotice(), t -> secondsIn(t, Defaults.PRE_BREAK_NOTICE));
        Duration idle = r.value(REMINDERS, IDLE_RESET, d.idleReset(), t -> minutesIn(t, Defaults.IDLE_RESET));
        Boolean whileBusy = r.value(REMINDERS, WAIT_WHILE_BUSY, d.timing().waitWhileBusy(), SettingsKeys::parseBoolean);
        Duration busyLimit = r.value(REMINDERS, BUSY_LIMIT, d.timing().busyLimit(), t -> minutesIn(t, Defaults.BUSY_LIMIT));
        Boolean typingPause = r.value(REMINDERS, WAIT_FOR_TYPING_PAUSE, d.timing().waitForTypingPause(),
                SettingsKeys::parseBoolean);
        Set<DayOfWeek> days = r.value(SCHEDULE, WORKING_DAYS, d.workingHours().days(), SettingsKeys::parseDays);
        LocalTime[] hours = r.value(SCHEDULE, WORKING_HOURS,
                new LocalTime[] {d.workingHours().start(), d.workingHours().end()}, SettingsKeys::parseHours);
        String routine = r.value(ROUTINE, ROUTINE_ID, d.routineId(), t -> Defaults.isValidRoutineId(t) ? t : null);
        Boolean sound = r.value(ROUTINE, SOUND, d.sound(), SettingsKeys::parseBoolean);
        Integer volume = r.value(ROUTINE, VOLUME, d.volume(), SettingsKeys::volume);
        Boolean speak = r.value(ROUTINE, SPEAK, d.speak(), SettingsKeys::parseBoolean);
        Theme theme = r.value(APPEARANCE, THEME, d.theme(), SettingsKeys::parseTheme);
        String language = r.value(APPEARANCE, LANGUAGE, d.language(), t -> Defaults.isValidLanguage(t) ? t : null);
        Boolean login = r.value(STARTUP, START_AT_LOGIN, d.startAtLogin(), SettingsKeys::parseBoolean);
        Settings settings = new Settings(interval, snooze, limit, notice, new WorkingHours(days, hours[0], hours[1]),
                routine, sound, theme, language, login, idle, new Timing(whileBusy, busyLimit, typingPause),
                volume, speak);
        return new Reading(settings, List.copyOf(r.bad));
    }

    /** Reads one key; the parser returns null (or throws) for text it cannot use. */
    private static final class Reader {
        private final Preferences root;
        private final List<String> bad = new ArrayList<>();

        Reader(Preferences root) {
            this.root = root;
        }

        <T> T value(String section, String key, T fallback, Function<String, T> parser) {
            String text;
            try {
                if (!root.nodeExists(section)) {
                    return fallback;
                }
                Preferences node = root.node(section);
                if (!List.of(node.keys()).contains(key)) {
                    return fallback;
                }
                text = node.get(key, null);
            } catch (java.util.prefs.BackingStoreException e) {
                return fallback;
            }
            T parsed = null;
            if (text != null) {
                try {
                    parsed = parser.apply(text.strip());
                } catch (RuntimeException e) {
                    parsed = null;
                }
            }
            if (parsed == null) {
                bad.add(section + "." + key);
                return fallback;
            }
            return parsed;
        }
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }

    private static Duration minutesIn(String text, Defaults.Range range) {
        Duration d = Duration.ofMinutes(Long.parseLong(text));
        return range.contains(d) ? d : null;
    }

    private static Duration secondsIn(String text, Defaults.Range range) {
        Duration d = Duration.ofSeconds(Long.parseLong(text));
        return range.contains(d) ? d : null;
    }

    private static Integer snoozeLimit(String text) {
        int n = Integer.parseInt(text);
        return n >= Defaults.SNOOZE_LIMIT_MIN && n <= Defaults.SNOOZE_LIMIT_MAX ? n : null;
    }

    private static Integer volume(String text) {
        int n = Integer.parseInt(text);
        return n >= Defaults.VOLUME_MIN && n <= Defaults.VOLUME_MAX ? n : null;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Theme parseTheme(String text) {
        for (Theme t : Theme.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return null;
    }

    static String formatDays(Set<DayOfWeek> days) {
        return WEEK.stream().filter(days::contains).map(SettingsKeys::dayName).collect(Collectors.joining(","));
    }

    private static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            DayOfWeek day = WEEK.stream().filter(d -> dayName(d).equals(name)).findFirst().orElse(null);
            if (day == null) {
                return null;
            }
            days.add(day);
        }
        return days.isEmpty() ? null : days;
    }

    static String formatHours(WorkingHours h) {
        String end = h.end().equals(END_OF_DAY_MARK) ? "24:00" : h.end().toString();
        return h.start() + "-" + end;
    }

    private static LocalTime[] parseHours(String text) {
        String[] parts = text.split("-", -1);
        if (parts.length != 2) {
            return null;
        }
        LocalTime start = parseTime(parts[0].strip(), false);
        LocalTime end = parseTime(parts[1].strip(), true);
        return start == null || end == null ? null : new LocalTime[] {start, end};
    }

    /** HH:MM only; 24:00 is accepted as an end and means midnight at the end of the day. */
    private static LocalTime parseTime(String text, boolean isEnd) {
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        if (text.equals("24:00")) {
            return isEnd ? END_OF_DAY_MARK : null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
