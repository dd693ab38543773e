package org.deskbreak.settings;

import java.util.prefs.AbstractPreferences;
import org.ini4j.Ini;
import org.ini4j.Profile;

/**
 * The ini model as {@link java.util.prefs.Preferences}, one node per section, giving every value
 * exactly as written. ini4j's own {@code IniPreferences} reads through {@code fetch}, which expands
 * {@code ${section/key}}, {@code ${@env/…}} and {@code ${@prop/…}} on every read, recursively and
 * without a cycle check: a value naming itself overflows the stack. DeskBreak has no use for
 * references, so they are plain text here. Not thread-safe on its own; the store's lock guards it.
 */
final class LiteralIniPreferences extends AbstractPreferences {

    private static final String[] NONE = new String[0];

    private final Ini ini;

    LiteralIniPreferences(Ini ini) {
        super(null, "");
        this.ini = ini;
    }

    @Override
    protected String getSpi(String key) {
        return null;
    }

    @Override
    protected void putSpi(String key, String value) {
        throw new UnsupportedOperationException("values live in sections, not at the top of the file");
    }

    @Override
    protected void removeSpi(String key) {
        throw new UnsupportedOperationException("values live in sections, not at the top of the file");
    }

    @Override
    protected void removeNodeSpi() {
        throw new UnsupportedOperationException("the file itself cannot be removed");
    }

    @Override
    protected String[] keysSpi() {
        return NONE;
    }

    /** Section names with a "/" are not nodes (Preferences would read them as paths); they stay in the file. */
    @Override
    protected String[] childrenNamesSpi() {
        return ini.keySet().stream().filter(name -> name.indexOf('/') < 0).toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        boolean created = ini.get(name) == null;
        if (created) {
            ini.add(name);
        }
        return new SectionNode(this, name, created);
    }

    @Override
    protected void syncSpi() {
        // The store reads the file; nothing to do here.
    }

    @Override
    protected void flushSpi() {
        // The store writes the file; nothing to do here.
    }

    /** One [section]. Looks its section up by name each time, so a section replaced in the model is seen. */
    private final class SectionNode extends AbstractPreferences {

        SectionNode(LiteralIniPreferences parent, String name, boolean created) {
            super(parent, name);
            newNode = created;
        }

        private Profile.Section section() {
            Profile.Section section = ini.get(name());
            return section != null ? section : ini.add(name());
        }

        /** The raw value, never {@code fetch}: that is where ini4j expands references. */
        @Override
        protected String getSpi(String key) {
            Profile.Section section = ini.get(name());
            return section == null ? null : section.get(key);
        }

        @Override
        protected void putSpi(String key, String value) {
            section().put(key, value);
        }

        @Override
        protected void removeSpi(String key) {
            Profile.Section section = ini.get(name());
            if (section != null) {
                section.remove(key);
            }
        }

        @Override
        protected void removeNodeSpi() {
            ini.remove(name());
        }

        @Override
        protected String[] keysSpi() {
            Profile.Section section = ini.get(name());
            return section == null ? NONE : section.keySet().toArray(NONE);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return NONE;
        }

        @Override
        protected AbstractPreferences childSpi(String child) {
            throw new UnsupportedOperationException("sections do not nest in deskbreak.ini");
        }

        @Override
        protected void syncSpi() {
            // As above: the store reads and writes the file.
        }

        @Override
        protected void flushSpi() {
            // As above.
        }
    }
}
