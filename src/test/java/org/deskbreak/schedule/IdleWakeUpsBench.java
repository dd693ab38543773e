package org.deskbreak.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.SimpleThreadPool;

/**
 * Run by hand, not by the test suite (bench/idle-wakeups/run.sh; Linux only, it reads /proc):
 * how often the threads of an idle wake-up scheduler are switched in over a window, with
 * DeskBreak's configuration and with Quartz's stock pool and idle wait, side by side.
 * A thread that sleeps undisturbed is never switched in; each wake-up costs one switch.
 */
public final class IdleWakeUpsBench {

    private static final Path TASKS = Path.of("/proc/self/task");

    private record Scenario(String name, Properties quartz, boolean planned) {
    }

    private record Counts(long voluntary, long involuntary) {
        Counts minus(Counts o) {
            return new Counts(voluntary - o.voluntary, involuntary - o.involuntary);
        }

        long total() {
            return voluntary + involuntary;
        }
    }

    private IdleWakeUpsBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        Duration window = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        List<Scenario> scenarios = List.of(
                new Scenario("DeskBreak (SingleWorkerThreadPool, idleWaitTime 1 h), nothing planned", ours(), false),
                new Scenario("Quartz stock (SimpleThreadPool x1, idleWaitTime 30 s), nothing planned", stock(), false),
                new Scenario("DeskBreak, one wake-up planned just after the window", ours(), true),
                new Scenario("Quartz stock, one wake-up planned just after the window", stock(), true));

        Instant windowEnd = Instant.now().plus(window).plusSeconds(5);
        List<QuartzWakeUps> started = new ArrayList<>();
        Map<Scenario, Set<String>> threadsOf = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            Set<String> before = allTasks();
            QuartzWakeUps wakeUps = QuartzWakeUps.start(() -> { }, s.quartz(), Duration.ofMinutes(1));
            if (s.planned()) {
                wakeUps.wakeAt(windowEnd);
            }
            started.add(wakeUps);
            Set<String> mine = allTasks();
            mine.removeAll(before);
            threadsOf.put(s, mine);
        }
        // Let start-up settle before counting; by then each new thread carries its name.
        Thread.sleep(1000);
        threadsOf.values().forEach(tids -> tids.removeIf(tid -> !name(tid).startsWith("DeskBreak_")));

        Map<String, Counts> first = new LinkedHashMap<>();
        threadsOf.values().forEach(tids -> tids.forEach(tid -> first.put(tid, counts(tid))));
        Counts jvmFirst = jvmCounts();
        System.out.printf("Idle for %d s on %d CPUs (Java %s)...%n", window.toSeconds(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Thread.sleep(window.toMillis());
        Counts jvm = jvmCounts().minus(jvmFirst);

        for (Scenario s : scenarios) {
            System.out.printf("%n%s%n", s.name());
            long total = 0;
            for (String tid : threadsOf.get(s)) {
                Counts c = counts(tid).minus(first.get(tid));
                total += c.total();
                System.out.printf("  %-16s voluntary %5d  involuntary %3d%n", name(tid), c.voluntary(), c.involuntary());
            }
            System.out.printf("  total switches   %d in %d s (%.1f per minute)%n", total, window.toSeconds(),
                    total * 60.0 / window.toSeconds());
        }
        System.out.printf("%nWhole JVM (all %d scenarios, GC and JIT threads included): %d switches%n",
                scenarios.size(), jvm.total());
        started.forEach(QuartzWakeUps::close);
    }

    private static Properties ours() {
        return QuartzWakeUps.quartzProperties();
    }

    /** Our configuration with Quartz's own pool and idle wait put back. */
    private static Properties stock() {
        Properties p = QuartzWakeUps.quartzProperties();
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_PREFIX + ".threadCount", "1");
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_PREFIX + ".threadNamePrefix", SingleWorkerThreadPool.WORKER_NAME);
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_PREFIX + ".makeThreadsDaemons", "true");
        p.remove(StdSchedulerFactory.PROP_SCHED_IDLE_WAIT_TIME);
        return p;
    }

    private static Set<String> allTasks() {
        Set<String> tids = new HashSet<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.map(t -> t.getFileName().toString()).forEach(tids::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tids;
    }

    private static String name(String tid) {
        try {
            return Files.readString(TASKS.resolve(tid).resolve("comm")).trim();
        } catch (IOException e) {
            return "(gone)";
        }
    }

    private static Counts counts(String tid) {
        long voluntary = 0;
        long involuntary = 0;
        try {
            for (String line : Files.readAllLines(TASKS.resolve(tid).resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(voluntary, involuntary);
    }

    private static Counts jvmCounts() {
        Counts sum = new Counts(0, 0);
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                Counts c = counts(t.getFileName().toString());
                sum = new Counts(sum.voluntary() + c.voluntary(), sum.involuntary() + c.involuntary());
            }
        } catch (IOException | UncheckedIOException e) {
            // A thread ended while we read: the total is for context only.
        }
        return sum;
    }
}
