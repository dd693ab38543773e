package org.deskbreak.settings;

import java.nio.file.Path;

/** Child process for the crash test: saves two settings alternately until it is killed. */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) {
        IniSettingsStore store = new IniSettingsStore(Path.of(args[0]), Fixtures.CLOCK);
        store.load();
        store.save(Fixtures.distinctive());
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.save(i % 2 == 0 ? Fixtures.other() : Fixtures.distinctive());
        }
    }
}
