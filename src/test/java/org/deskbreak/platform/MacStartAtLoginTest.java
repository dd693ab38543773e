package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The LaunchAgent, read back as launchd would read it. */
class MacStartAtLoginTest {

    @TempDir
    Path home;

    private static final String LAUNCHER = "/Applications/DeskBreak.app/Contents/MacOS/DeskBreak";

    @Test
    void theInstalledAppGetsALaunchAgentThatRunsItsLauncherAtLogin() throws Exception {
        Autostart a = Autostart.detect(Map.of(), Os.MAC, home, new Autostart.Launch(LAUNCHER, List.of("--no-tray"), true));

        a.applyAtStart(true);

        Path plist = home.resolve("Library/LaunchAgents/org.deskbreak.DeskBreak.plist");
        assertThat(a.entry()).contains(plist);
        Map<String, Object> dict = PlistReader.read(Files.readString(plist));
        assertThat(dict).containsEntry("Label", "org.deskbreak.DeskBreak")
                .containsEntry("ProgramArguments", List.of(LAUNCHER, "--no-tray"))
                .containsEntry("RunAtLoad", true)
                .containsEntry("KeepAlive", false)
                .containsEntry("LimitLoadToSessionType", "Aqua");
    }

    @Test
    void aSourceBuildIsNotStartedAtLoginMerelyByTheDefault() {
        Autostart.Launch jar = Autostart.launch(Os.MAC, null, java.util.Optional.of("/usr/bin/java"),
                java.util.Optional.of(Path.of("/Users/ada/deskbreak/target/deskbreak.jar")), List.of(), List.of());

        Autostart.detect(Map.of(), Os.MAC, home, jar).applyAtStart(true);

        assertThat(home.resolve("Library/LaunchAgents/org.deskbreak.DeskBreak.plist")).doesNotExist();
    }

    @Test
    void offRemovesTheAgent() throws Exception {
        Autostart a = Autostart.detect(Map.of(), Os.MAC, home, new Autostart.Launch(LAUNCHER, List.of(), true));
        a.applyAtStart(true);

        a.applyChosen(false);

        assertThat(home.resolve("Library/LaunchAgents/org.deskbreak.DeskBreak.plist")).doesNotExist();
    }

    @Test
    void argumentsWithMarkupCharactersSurviveTheXml() throws Exception {
        String text = LaunchAgent.plist(new Autostart.Launch("/Apps/R&D <tools>/DeskBreak", List.of("a\"b"), true));

        assertThat(PlistReader.read(text)).containsEntry("ProgramArguments", List.of("/Apps/R&D <tools>/DeskBreak", "a\"b"));
    }

    /** Enough of the property-list format for these files: string, true/false, array, dict. */
    static final class PlistReader {
        static Map<String, Object> read(String xml) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element plist = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            assertThat(plist.getTagName()).isEqualTo("plist");
            @SuppressWarnings("unchecked")
            Map<String, Object> dict = (Map<String, Object>) value(children(plist).get(0));
            return dict;
        }

        static Object value(Element e) {
            return switch (e.getTagName()) {
                case "string" -> e.getTextContent();
                case "true" -> true;
                case "false" -> false;
                case "array" -> children(e).stream().map(PlistReader::value).toList();
                case "dict" -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    List<Element> kids = children(e);
                    for (int i = 0; i < kids.size(); i += 2) {
                        assertThat(kids.get(i).getTagName()).isEqualTo("key");
                        map.put(kids.get(i).getTextContent(), value(kids.get(i + 1)));
                    }
                    yield map;
                }
                default -> throw new AssertionError("unexpected plist element " + e.getTagName());
            };
        }

        static List<Element> children(Element e) {
            List<Element> out = new ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element el) {
                    out.add(el);
                }
            }
            return out;
        }
    }
}
