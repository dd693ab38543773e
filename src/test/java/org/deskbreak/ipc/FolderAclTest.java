package org.deskbreak.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows guard for the command socket: the runtime folder's access list. Windows has no peer
 * check for Unix-domain sockets, so whoever may open the folder may send commands.
 */
class FolderAclTest {

    record Principal(String getName) implements UserPrincipal {
    }

    private static final UserPrincipal ADA = new Principal("DESK\\ada");
    private static final UserPrincipal EVERYONE = new Principal("Everyone");
    private static final UserPrincipal GRACE = new Principal("DESK\\grace");

    /** An access list as Windows keeps it for a folder in the user's profile. */
    static class FakeAclView implements AclFileAttributeView {
        UserPrincipal owner;
        List<AclEntry> acl;
        int sets;

        FakeAclView(UserPrincipal owner, List<AclEntry> acl) {
            this.owner = owner;
            this.acl = new ArrayList<>(acl);
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return List.copyOf(acl);
        }

        @Override
        public void setAcl(List<AclEntry> acl) {
            sets++;
            this.acl = new ArrayList<>(acl);
        }

        @Override
        public UserPrincipal getOwner() {
            return owner;
        }

        @Override
        public void setOwner(UserPrincipal owner) {
            this.owner = owner;
        }
    }

    private static AclEntry allow(UserPrincipal who) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA).build();
    }

    private static AclEntry deny(UserPrincipal who) {
        return AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(who)
                .setPermissions(AclEntryPermission.READ_DATA).build();
    }

    @Test
    void aFolderOthersMayOpenIsMadeTheOwnersAlone() throws Exception {
        FakeAclView view = new FakeAclView(ADA, List.of(allow(ADA), allow(EVERYONE)));

        RuntimeFolder.makeOwnerOnly(Path.of("run"), view, ADA);

        assertThat(view.acl).hasSize(1);
        AclEntry only = view.acl.get(0);
        assertThat(only.principal()).isEqualTo(ADA);
        assertThat(only.type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(only.permissions()).contains(AclEntryPermission.WRITE_DATA, AclEntryPermission.READ_DATA);
        // The lock and the socket made inside get the same single entry.
        assertThat(only.flags()).contains(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
    }

    @Test
    void aFolderAlreadyPrivateIsLeftAlone() throws Exception {
        FakeAclView view = new FakeAclView(ADA, List.of(allow(ADA), deny(EVERYONE)));

        RuntimeFolder.makeOwnerOnly(Path.of("run"), view, ADA);

        assertThat(view.sets).isZero();
    }

    @Test
    void aFolderOfAnotherUsersIsRefused() {
        FakeAclView view = new FakeAclView(GRACE, List.of(allow(GRACE)));

        assertThatThrownBy(() -> RuntimeFolder.makeOwnerOnly(Path.of("run"), view, ADA))
                .isInstanceOf(IOException.class).hasMessageContaining("another user").hasMessageContaining("grace");
        assertThat(view.sets).isZero();
    }

    @Test
    void anAccessListThatWillNotChangeIsAnError() {
        FakeAclView stubborn = new FakeAclView(ADA, List.of(allow(EVERYONE))) {
            @Override
            public void setAcl(List<AclEntry> acl) {
                sets++;
            }
        };

        assertThatThrownBy(() -> RuntimeFolder.makeOwnerOnly(Path.of("run"), stubborn, ADA))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot be made private");
    }
}
