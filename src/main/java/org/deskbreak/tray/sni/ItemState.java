package org.deskbreak.tray.sni;

import java.util.List;
import java.util.Objects;
import org.deskbreak.ui.MenuModel;

/**
 * Everything the tray item shows at one moment: worked out by the desktop side on its own
 * thread, read by hosts on D-Bus threads. Immutable, so a reader never sees half an update.
 *
 * @param icon          the icon, one picture per size
 * @param attentionIcon what hosts that animate or highlight show while the status is NeedsAttention
 */
public record ItemState(Status status, String title, List<Picture> icon, List<Picture> attentionIcon,
                        String toolTipTitle, String toolTipText, MenuModel menu) {

    /** The item's Status property. */
    public enum Status {
        ACTIVE("Active"), NEEDS_ATTENTION("NeedsAttention");

        final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public ItemState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        icon = List.copyOf(icon);
        attentionIcon = List.copyOf(attentionIcon);
        Objects.requireNonNull(toolTipTitle, "toolTipTitle");
        Objects.requireNonNull(toolTipText, "toolTipText");
        Objects.requireNonNull(menu, "menu");
    }
}
