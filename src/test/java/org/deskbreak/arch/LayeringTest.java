package org.deskbreak.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the house style promises, checked on every build. */
@AnalyzeClasses(packages = "org.deskbreak", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    // The core decides; it knows no toolkit, scheduler, file format or other package of ours.
    @ArchTest
    static final ArchRule coreIsPure = noClasses().that().resideInAPackage("org.deskbreak.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.awt..", "javax.swing..", "org.quartz..", "org.ini4j..", "com.formdev..",
                    "picocli..", "com.sun.jna..", "org.deskbreak.app..", "org.deskbreak.schedule..", "org.deskbreak.settings..",
                    "org.deskbreak.tray..", "org.deskbreak.routine..", "org.deskbreak.ui..",
                    "org.deskbreak.ipc..", "org.deskbreak.platform..", "org.deskbreak.history..")
            .because("the planner must run and be tested without a display, a scheduler or a file");

    // Every edge between our packages that may exist, named; anything else fails.
    @ArchTest
    static final ArchRule appWiresEverything = mayUseOnly("app", "app", "core", "dbus", "history", "ipc", "platform",
            "routine", "schedule", "settings", "tray", "tray.sni", "ui")
            .because("Main and the wiring build every part and pass them in");

    @ArchTest
    static final ArchRule coreUsesNothingOfOurs = mayUseOnly("core", "core")
            .because("the planner decides and is tested alone");

    @ArchTest
    static final ArchRule dbusUsesNothingOfOurs = mayUseOnly("dbus", "dbus")
            .because("the session bus connection is shared by the tray and the desktop signals, below both");

    @ArchTest
    static final ArchRule historyEdges = mayUseOnly("history", "history", "core", "platform");

    @ArchTest
    static final ArchRule ipcEdges = mayUseOnly("ipc", "ipc", "core", "platform");

    @ArchTest
    static final ArchRule platformEdges = mayUseOnly("platform", "platform", "core", "dbus")
            .because("OS specifics answer the core's questions (idle, busy), some over the shared session bus");

    @ArchTest
    static final ArchRule routineEdges = mayUseOnly("routine", "routine", "core", "platform", "ui");

    @ArchTest
    static final ArchRule scheduleEdges = mayUseOnly("schedule", "schedule", "core");

    @ArchTest
    static final ArchRule settingsEdges = mayUseOnly("settings", "settings", "core", "platform");

    @ArchTest
    static final ArchRule trayEdges = mayUseOnly("tray", "tray", "core", "platform", "tray.sni", "ui")
            .because("the tray icon's picture depends on the system (a macOS template image, Windows' sizes)");

    @ArchTest
    static final ArchRule traySniEdges = mayUseOnly("tray.sni", "tray.sni", "dbus", "ui")
            .because("the D-Bus tray carries what the views worked out, on the app's one bus connection");

    @ArchTest
    static final ArchRule uiEdges = mayUseOnly("ui", "ui", "core", "history", "platform")
            .because("where the reminder card goes depends on where the system keeps its tray");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.deskbreak.(*)..").should().beFreeOfCycles();

    /** Classes of {@code pkg} (not its subpackages) depend on no package of ours outside {@code allowed}. */
    private static ArchRule mayUseOnly(String pkg, String... allowed) {
        String[] exact = java.util.Arrays.stream(allowed).map(a -> "org.deskbreak." + a).toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.deskbreak." + pkg)
                .should().dependOnClassesThat(resideInAPackage("org.deskbreak..").and(
                        com.tngtech.archunit.base.DescribedPredicate.not(resideInAnyPackage(exact))))
                .allowEmptyShould(true);
    }

    // One package owns each library.
    @ArchTest
    static final ArchRule quartzOnlyInSchedule = noClasses().that().resideOutsideOfPackage("org.deskbreak.schedule..")
            .should().dependOnClassesThat().resideInAPackage("org.quartz..");

    @ArchTest
    static final ArchRule ini4jOnlyInSettings = noClasses().that().resideOutsideOfPackage("org.deskbreak.settings..")
            .should().dependOnClassesThat().resideInAPackage("org.ini4j..");

    @ArchTest
    static final ArchRule picocliOnlyInApp = noClasses().that().resideOutsideOfPackage("org.deskbreak.app..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule jnaOnlyInPlatform = noClasses().that().resideOutsideOfPackage("org.deskbreak.platform..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..");

    @ArchTest
    static final ArchRule dbusOnlyInDbusAndTraySni = noClasses()
            .that().resideOutsideOfPackages("org.deskbreak.dbus..", "org.deskbreak.tray.sni..")
            .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
            .because("the dbus package owns the connection and answers questions in plain Java values;"
                    + " only the tray, which exports objects, needs dbus-java's types too");

    // The D-Bus tray only carries pixels and texts worked out by the views; it draws nothing itself.
    @ArchTest
    static final ArchRule traySniDrawsNothing = noClasses().that().resideInAPackage("org.deskbreak.tray.sni..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..");

    @ArchTest
    static final ArchRule flatLafOnlyInViews = noClasses()
            .that().resideOutsideOfPackages("org.deskbreak.ui..", "org.deskbreak.tray..", "org.deskbreak.routine..")
            .should().dependOnClassesThat().resideInAPackage("com.formdev..");

    // Engine packages stay headless: only views draw.
    @ArchTest
    static final ArchRule enginePackagesDrawNothing = noClasses()
            .that().resideInAnyPackage("org.deskbreak.schedule..", "org.deskbreak.settings..",
                    "org.deskbreak.ipc..", "org.deskbreak.history..", "org.deskbreak.platform..", "org.deskbreak.dbus..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .allowEmptyShould(true);  // history has no classes yet

    // One class knows which system this is; everything else is handed an Os (and so runs the
    // Windows and macOS paths in tests). A string constant sits in the class file's constant
    // pool whatever reads it: System.getProperty, getProperties().get, a helper of our own.
    @ArchTest
    static final ArchRule onlyOsReadsOsName = noClasses().that().doNotHaveFullyQualifiedName("org.deskbreak.platform.Os")
            .should(mentionTheString("os.name"))
            .because("platform.Os is the one place that tells Windows, macOS and Linux apart");

    static ArchCondition<JavaClass> mentionTheString(String constant) {
        byte[] wanted = constant.getBytes(StandardCharsets.UTF_8);
        return new ArchCondition<>("mention \"" + constant + "\"") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                byte[] code = classFile(c);
                if (indexOf(code, wanted) >= 0) {
                    events.add(SimpleConditionEvent.satisfied(c, c.getName() + " mentions \"" + constant + "\""));
                }
            }
        };
    }

    private static byte[] classFile(JavaClass c) {
        String resource = "/" + c.getName().replace('.', '/') + ".class";
        try (InputStream in = LayeringTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + c.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
