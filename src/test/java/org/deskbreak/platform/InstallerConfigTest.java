package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The Windows and macOS installers cannot be built on Linux, so what goes into them is checked
 * here: the jpackage arguments installer/package.sh would pass (its --print mode), the
 * Info.plist, the icons, and the Linux scripts' independence from xdg-utils.
 */
class InstallerConfigTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    /** {@code installer/package.sh --print TYPE}: each step's arguments, by step. */
    private static Map<String, List<String>> jpackageArguments(String type) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash runs installer/package.sh");
        Process p = new ProcessBuilder("/bin/bash", "installer/package.sh", "--print", type)
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, List<String>> steps = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("# ")) {
                current = new ArrayList<>();
                steps.put(line.substring(2), current);
            } else {
                assertThat(current).as("output starts with a step: " + out).isNotNull();
                current.add(line);
            }
        }
        return steps;
    }

    /** The value after {@code option}, which must appear exactly once. */
    private static String valueOf(List<String> args, String option) {
        assertThat(args).as(option).containsOnlyOnce(option);
        return args.get(args.indexOf(option) + 1);
    }

    private static String pomVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        var m = java.util.regex.Pattern.compile("<version>([0-9][0-9.]*)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    // ---- Windows .msi ----------------------------------------------------------------------

    @Test
    void theMsiIsPerUserWithAStartMenuEntryAndAStableUpgradeCode() throws Exception {
        Map<String, List<String>> steps = jpackageArguments("msi");
        List<String> msi = steps.get("msi");

        assertThat(valueOf(msi, "--type")).isEqualTo("msi");
        assertThat(msi).contains("--win-per-user-install", "--win-menu");
        assertThat(valueOf(msi, "--win-menu-group")).isEqualTo("DeskBreak");
        // Windows Installer upgrades in place only while this stays the same, release after release.
        assertThat(valueOf(msi, "--win-upgrade-uuid")).isEqualTo("9406d07c-e2ee-49c8-aebf-9c1769e6586b");
        assertThat(valueOf(msi, "--app-version")).isEqualTo(pomVersion());
        assertThat(valueOf(msi, "--app-image")).isEqualTo("target/installer/DeskBreak");
    }

    @Test
    void theWindowsLauncherOpensNoConsoleAndTheCommandLineLauncherDoes() throws Exception {
        List<String> image = jpackageArguments("msi").get("app-image");

        assertThat(image).doesNotContain("--win-console");
        assertThat(valueOf(image, "--icon")).isEqualTo("icons/deskbreak.ico");
        String launcher = valueOf(image, "--add-launcher");
        assertThat(launcher).isEqualTo("deskbreak-cli=installer/windows/deskbreak-cli.properties");
        var props = new java.util.Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve("installer/windows/deskbreak-cli.properties"))) {
            props.load(in);
        }
        assertThat(props).containsEntry("win-console", "true").containsEntry("win-menu", "false");
        // Launcher names are compared without case on Windows: the second must not be DeskBreak too.
        assertThat(launcher.substring(0, launcher.indexOf('=')).equalsIgnoreCase("DeskBreak")).isFalse();
    }

    @Test
    void everyStepStartsTheJvmWithTheFootprintOptions() throws Exception {
        for (String type : List.of("msi", "dmg", "deb")) {
            String options = valueOf(jpackageArguments(type).get("app-image"), "--java-options");
            assertThat(options).as(type).contains("-XX:+UseSerialGC").doesNotContain("#");
        }
    }

    @Test
    void theIcoHoldsEveryWindowsTraySize() throws Exception {
        byte[] ico = Files.readAllBytes(ROOT.resolve("icons/deskbreak.ico"));
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(0)).isZero();
        assertThat(b.getShort(2)).as("type 1 is an icon").isEqualTo((short) 1);
        int count = b.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int w = Byte.toUnsignedInt(ico[6 + 16 * i]);
            sizes.add(w == 0 ? 256 : w);
        }
        assertThat(sizes).contains(16, 20, 24, 32, 40, 48, 256);
    }

    // ---- macOS .dmg ------------------------------------------------------------------------

    @Test
    void theMacAppIsAMenuBarAppWithItsBundleId() throws Exception {
        String version = pomVersion();
        Map<String, List<String>> steps = jpackageArguments("dmg");
        List<String> image = steps.get("app-image");
        String bundleVersion = valueOf(image, "--app-version");
        String text = Files.readString(ROOT.resolve("installer/macos/Info.plist"))
                .replace("@VERSION@", version).replace("@BUNDLE_VERSION@", bundleVersion);

        Map<String, Object> plist = MacStartAtLoginTest.PlistReader.read(text);

        assertThat(plist).containsEntry("LSUIElement", true)
                .containsEntry("CFBundleIdentifier", "org.deskbreak.DeskBreak")
                .containsEntry("CFBundleExecutable", "DeskBreak")
                .containsEntry("CFBundleIconFile", "DeskBreak.icns")
                .containsEntry("CFBundlePackageType", "APPL")
                .containsEntry("CFBundleShortVersionString", version)
                .containsEntry("NSHighResolutionCapable", true);
        assertThat(text).doesNotContain("@");
        // macOS wants one to three numbers, the first above zero.
        assertThat(bundleVersion).matches("[1-9][0-9]*(\\.[0-9]+){0,2}");
        assertThat(valueOf(image, "--mac-package-identifier")).isEqualTo(plist.get("CFBundleIdentifier"));
        assertThat(valueOf(image, "--resource-dir")).isEqualTo("target/installer/macos");
        assertThat(valueOf(steps.get("dmg"), "--app-image")).isEqualTo("target/installer/DeskBreak.app");
        assertThat(valueOf(steps.get("dmg"), "--mac-package-identifier")).isEqualTo("org.deskbreak.DeskBreak");
    }

    @Test
    void theBundleVersionRisesWithTheVersion() throws Exception {
        // 0.1.0 -> 1.1.0 now; 1.0.0 -> 2.0.0 later: always above zero and never going back.
        assertThat(valueOf(jpackageArguments("dmg").get("app-image"), "--app-version"))
                .isEqualTo((Integer.parseInt(pomVersion().split("\\.")[0]) + 1) + pomVersion().substring(pomVersion().indexOf('.')));
    }

    @Test
    void theIcnsHoldsPngRenderingsUpTo256AtTwoTimes() throws Exception {
        byte[] icns = Files.readAllBytes(ROOT.resolve("icons/deskbreak.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(b.getInt(4)).isEqualTo(icns.length);
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (int at = 8; at < icns.length; ) {
            String type = new String(icns, at, 4, StandardCharsets.US_ASCII);
            int length = b.getInt(at + 4);
            var image = ImageIO.read(new ByteArrayInputStream(icns, at + 8, length - 8));
            widths.put(type, image.getWidth());
            at += length;
        }
        assertThat(widths).containsEntry("icp4", 16).containsEntry("icp5", 32).containsEntry("ic07", 128)
                .containsEntry("ic08", 256).containsEntry("ic11", 32).containsEntry("ic12", 64).containsEntry("ic13", 256);
    }

    // ---- Linux packages --------------------------------------------------------------------

    @Test
    void theLinuxPackagesNeedNoXdgUtils() throws Exception {
        List<String> deb = jpackageArguments("deb").get("deb");
        assertThat(deb).doesNotContain("--linux-shortcut");   // jpackage's own entry is what needs xdg-utils
        assertThat(valueOf(deb, "--linux-package-deps")).isEqualTo("libxss1");
        for (String script : List.of("postinst", "prerm", "deskbreak.spec", "desktop-integration.sh")) {
            assertThat(Files.readString(ROOT.resolve("installer/linux/" + script))).as(script)
                    .doesNotContain("xdg-desktop-menu").doesNotContain("xdg-icon-resource")
                    .doesNotContain("DESKTOP_COMMANDS");
        }
    }

    @Test
    void aTypeThisSystemCannotBuildIsRefusedWithTheReason() throws Exception {
        assumeTrue(Os.current().isLinux());
        Process p = new ProcessBuilder("/bin/bash", "installer/package.sh", "msi")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("a msi is built on windows, not here (linux)");
    }
}
