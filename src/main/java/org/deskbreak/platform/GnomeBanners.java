package org.deskbreak.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * GNOME's Do Not Disturb: it turns notification banners off
 * ({@code org.gnome.desktop.notifications show-banners = false}). Read with {@code gsettings}, which
 * reads the same dconf database GNOME Shell writes, in well under the signal's timeout.
 */
final class GnomeBanners implements BusySignal {

    private static final long TIMEOUT_MS = 1500;

    @Override
    public String name() {
        return "GNOME Do Not Disturb";
    }

    @Override
    public Optional<String> busyBecause() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("gsettings", "get", "org.gnome.desktop.notifications", "show-banners"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                throw new IOException("gsettings did not answer");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return bannersOff(out) ? Optional.of("notification banners are off (Do Not Disturb)") : Optional.empty();
        } finally {
            p.destroy();
        }
    }

    static boolean bannersOff(String gsettingsOutput) {
        return gsettingsOutput.strip().equals("false");
    }
}
