package org.deskbreak.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deskbreak.core.BreakEvent;
import org.deskbreak.core.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a history line holds, it is kept or skipped: reading and counting never throw. */
class HistoryLineFuzzTest {

    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    /** The zones furthest from UTC either way, and the odd half- and quarter-hour ones. */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Etc/GMT+12"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("+18:00"), ZoneId.of("-18:00"));
    private static final String[] KINDS = {"COMPLETED", "PARTIAL", "SKIPPED", "SNOOZED", "NATURAL", "PAUSED", "RESUMED"};

    // ---- the lines that stopped the start

    @Test
    void aYearOfABillionEitherWayIsSkippedInEveryZone() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, String.join("\n",
                "COMPLETED,+1000000000-12-31T23:59:59Z,",
                "COMPLETED,-1000000000-01-01T00:00:00Z,",
                "SKIPPED,2026-11-24T09:00:00Z,+1000000000-12-31T23:59:59.999999999Z",
                "PARTIAL,+999999999-12-31T23:00:00Z,+999999999-12-31T23:30:00Z",
                "COMPLETED,2026-11-20T10:00:00Z,2026-11-20T10:02:00Z") + "\n", StandardCharsets.UTF_8);

        List<BreakEvent> events = new HistoryLog(file).read();

        assertThat(events).extracting(BreakEvent::kind).containsExactly(EventKind.COMPLETED);
        for (ZoneId zone : ZONES) {
            assertThat(Statistics.of(events, zone, TODAY, 30).totalBreaksTaken()).as(zone.getId()).isEqualTo(1);
        }
    }

    @Test
    void statisticsSkipEventsNoZoneCanPlaceOnADay() {
        List<BreakEvent> events = new ArrayList<>();
        for (Instant extreme : List.of(Instant.MAX, Instant.MIN, Instant.MAX.minusSeconds(3600), Instant.MIN.plusSeconds(3600),
                Instant.ofEpochSecond(localDateMaxEpochSecond()), Instant.ofEpochSecond(-localDateMaxEpochSecond()))) {
            events.add(BreakEvent.of(EventKind.COMPLETED, Instant.parse("2026-11-24T10:00:00Z"), extreme));
            events.add(BreakEvent.of(EventKind.SNOOZED, extreme, null));
        }
        events.add(BreakEvent.of(EventKind.PARTIAL, Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-20T12:01:00Z")));

        for (ZoneId zone : ZONES) {
            Statistics s = Statistics.of(events, zone, TODAY, 30);
            assertThat(s.totalBreaksTaken()).as(zone.getId()).isEqualTo(1);
            assertThat(s.days()).extracting(Statistics.Day::snoozed).as(zone.getId()).containsOnly(0);
        }
    }

    @Test
    void statisticsOverEventsAnywhereInTimeCountOnlyThoseOnTheirDays() {
        Random random = new Random(42L);
        List<BreakEvent> events = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Instant end = random.nextBoolean() ? null : anywhereInTime(random);
            events.add(BreakEvent.of(EventKind.values()[random.nextInt(EventKind.values().length)], anywhereInTime(random), end));
        }
        events.add(BreakEvent.of(EventKind.COMPLETED, Instant.parse("2026-11-21T12:00:00Z"), Instant.parse("2026-11-21T12:02:00Z")));

        for (ZoneId zone : ZONES) {
            assertThat(Statistics.of(events, zone, TODAY, 30).totalBreaksTaken()).as(zone.getId()).isEqualTo(1);
        }
    }

    /** Anywhere an Instant can be, half of the time within two years of its ends, where zones overflow. */
    private static Instant anywhereInTime(Random r) {
        long twoYears = 2 * 366 * 86_400L;
        long seconds = switch (r.nextInt(3)) {
            case 0 -> Instant.MAX.getEpochSecond() - (long) (r.nextDouble() * twoYears);
            case 1 -> Instant.MIN.getEpochSecond() + (long) (r.nextDouble() * twoYears);
            default -> Instant.MIN.getEpochSecond() + (long) (r.nextDouble() * ((double) Instant.MAX.getEpochSecond() * 2));
        };
        return Instant.ofEpochSecond(seconds);
    }

    // ---- generated garbage

    @Test
    void thousandsOfGeneratedBadLinesAreSkippedAndTheGoodOnesAmongThemKept() throws Exception {
        Random random = new Random(20261124L);
        List<String> lines = new ArrayList<>();
        List<BreakEvent> good = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            if (i % 40 == 0) {
                Instant start = Instant.parse("2026-11-14T12:00:00Z").plusSeconds(i);
                BreakEvent e = BreakEvent.of(EventKind.COMPLETED, start, start.plusSeconds(120));
                good.add(e);
                lines.add(HistoryLog.format(e));
            } else {
                lines.add(badLine(random));
            }
        }
        Path file = dir.resolve("history.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        List<BreakEvent> read = new HistoryLog(file).read();

        assertThat(read).containsExactlyElementsOf(good);
        for (ZoneId zone : ZONES) {
            assertThat(Statistics.of(read, zone, TODAY, 30).totalBreaksTaken()).as(zone.getId()).isEqualTo(good.size());
        }
    }

    private static String badLine(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> garbage(r, r.nextInt(120));
            case 1 -> KINDS[r.nextInt(KINDS.length)] + "," + extremeInstant(r) + "," + (r.nextBoolean() ? "" : extremeInstant(r));
            case 2 -> KINDS[r.nextInt(KINDS.length)] + "," + "2026-11-20T10:00:00Z" + "," + extremeInstant(r);
            case 3 -> KINDS[r.nextInt(KINDS.length)] + oddSeparator(r) + "2026-11-20T10:00:00Z" + oddSeparator(r) + "2026-11-20T10:02:00Z";
            case 4 -> KINDS[r.nextInt(KINDS.length)] + "," + extremeNumber(r) + "-01-01T00:00:00Z," + extremeNumber(r) + "-12-31T23:59:59Z";
            default -> mangle(r, "COMPLETED,2026-11-20T10:00:00Z,2026-11-20T10:02:00Z");
        };
    }

    private static String extremeInstant(Random r) {
        long seconds = switch (r.nextInt(5)) {
            case 0 -> r.nextBoolean() ? Instant.MAX.getEpochSecond() - r.nextInt(100_000) : Instant.MIN.getEpochSecond() + r.nextInt(100_000);
            case 1 -> (r.nextBoolean() ? 1 : -1) * (localDateMaxEpochSecond() + r.nextInt(200_000) - 100_000);
            case 2 -> Instant.MIN.getEpochSecond() + (long) (r.nextDouble() * ((double) Instant.MAX.getEpochSecond() * 2));
            case 3 -> HistoryLog.LATEST.getEpochSecond() + r.nextInt(Integer.MAX_VALUE);
            default -> HistoryLog.EARLIEST.getEpochSecond() - 1 - r.nextInt(Integer.MAX_VALUE);
        };
        Instant t = Instant.ofEpochSecond(seconds, r.nextInt(1_000_000_000));
        if (HistoryLog.plausible(t)) {
            t = Instant.MAX;  // only the implausible here; the plausible lines are the known good ones
        }
        return t.toString();
    }

    private static String extremeNumber(Random r) {
        String[] numbers = {"+1000000000", "-1000000000", "+999999999", "-999999999", "99999999999999999999",
                "+9223372036854775807", "-9223372036854775808", "0000", "+00001", "-0", "1e9", "NaN"};
        return numbers[r.nextInt(numbers.length)];
    }

    private static String oddSeparator(Random r) {
        String[] separators = {";", "\t", ",,", "\u0000", "\r", "\u2028", "，", ""};
        return separators[r.nextInt(separators.length)];
    }

    private static String mangle(Random r, String line) {
        StringBuilder b = new StringBuilder(line);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length());
            char c = (char) (r.nextBoolean() ? '0' + r.nextInt(10) : r.nextInt(0x3000));
            if (r.nextBoolean()) {
                b.setCharAt(at, c);
            } else {
                b.insert(at, c);
            }
        }
        String s = b.toString();
        // A mangled line that still reads as the same good line would not be a bad line.
        return HistoryLog.parse(s).isPresent() ? s + ",extra" : s;
    }

    private static String garbage(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = r.nextInt(10) == 0 ? ',' : r.nextInt(3) == 0 ? r.nextInt(0x10FFFF) : 0x20 + r.nextInt(0x60);
            if (c == '\n' || Character.isSurrogate((char) c)) {
                c = '#';
            }
            b.appendCodePoint(c);
        }
        return b.toString();
    }

    /** The last second LocalDate can hold (UTC): an offset either side of it overflows. */
    private static long localDateMaxEpochSecond() {
        return LocalDate.MAX.atStartOfDay(ZoneId.of("UTC")).toEpochSecond() + 86_399;
    }
}
