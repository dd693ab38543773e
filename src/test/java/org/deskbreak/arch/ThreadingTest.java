package org.deskbreak.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.awt.EventQueue;
import javax.swing.SwingUtilities;
import org.deskbreak.app.DesktopApp;

/** The threading the house style promises: every hop to the event thread by name, no state shared by luck. */
@AnalyzeClasses(packages = "org.deskbreak", importOptions = ImportOption.DoNotIncludeTests.class)
class ThreadingTest {

    @ArchTest
    static final ArchRule hopsToTheEventThreadGoThroughEdt = noClasses()
            .that().doNotHaveFullyQualifiedName("org.deskbreak.ui.Edt")
            .should().callMethod(EventQueue.class, "invokeLater", Runnable.class)
            .orShould().callMethod(EventQueue.class, "invokeAndWait", Runnable.class)
            .orShould().callMethod(SwingUtilities.class, "invokeLater", Runnable.class)
            .orShould().callMethod(SwingUtilities.class, "invokeAndWait", Runnable.class)
            .because("Edt names each hop, and its wait reports a deadlock instead of hanging");

    // The command thread, the scheduler and the file thread all reach the running app: what it
    // holds is fixed before it is handed to them, or changes through an atomic.
    @ArchTest
    static final ArchRule theRunningAppHoldsOnlyFinalFields = fields()
            .that().areDeclaredIn(DesktopApp.class)
            .should().beFinal()
            .because("it is built on the event thread and then used from the command and scheduler threads");
}
