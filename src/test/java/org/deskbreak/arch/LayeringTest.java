package org.deskbreak.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    static final ArchRule dbusOnlyInTraySni = noClasses().that().resideOutsideOfPackage("org.deskbreak.tray.sni..")
            .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
            .because("the StatusNotifierItem backend is the one place that speaks D-Bus");

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
                    "org.deskbreak.ipc..", "org.deskbreak.history..", "org.deskbreak.platform..")
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
