package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What WinRegistry hands advapi32 and makes of its answers, against an advapi32 kept in a map. */
class WinRegistryTest {

    /** Behaves as the documentation of RegGetValueW, RegSetKeyValueW and RegDeleteKeyValueW says. */
    static final class FakeAdvapi implements WinRegistry.Advapi32 {
        final Map<String, byte[]> data = new HashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        Pointer lastKey;

        @Override
        public int RegGetValueW(Pointer hkey, WString subKey, WString value, int flags, IntByReference type,
                                byte[] out, IntByReference outBytes) {
            lastKey = hkey;
            byte[] stored = data.get(subKey + "\\" + value);
            if (stored == null) {
                return WinRegistry.ERROR_FILE_NOT_FOUND;
            }
            int wanted = types.get(subKey + "\\" + value) == WinRegistry.REG_SZ ? WinRegistry.RRF_RT_REG_SZ : WinRegistry.RRF_RT_REG_BINARY;
            if ((flags & wanted) == 0) {
                return 1630;  // ERROR_UNSUPPORTED_TYPE
            }
            if (outBytes.getValue() < stored.length) {
                outBytes.setValue(stored.length);
                return WinRegistry.ERROR_MORE_DATA;
            }
            System.arraycopy(stored, 0, out, 0, stored.length);
            outBytes.setValue(stored.length);
            return 0;
        }

        @Override
        public int RegSetKeyValueW(Pointer hkey, WString subKey, WString valueName, int type, byte[] in, int inBytes) {
            lastKey = hkey;
            data.put(subKey + "\\" + valueName, java.util.Arrays.copyOf(in, inBytes));
            types.put(subKey + "\\" + valueName, type);
            return 0;
        }

        @Override
        public int RegDeleteKeyValueW(Pointer hkey, WString subKey, WString valueName) {
            return data.remove(subKey + "\\" + valueName) == null ? WinRegistry.ERROR_FILE_NOT_FOUND : 0;
        }
    }

    private final FakeAdvapi advapi = new FakeAdvapi();
    private final WinRegistry registry = new WinRegistry(advapi);

    @Test
    void aStringIsWrittenAsUtf16WithItsTerminatingNulAndReadBack() throws Exception {
        registry.writeString("Software\\Run", "DeskBreak", "\"C:\\Zoë\\DeskBreak.exe\"");

        byte[] raw = advapi.data.get("Software\\Run\\DeskBreak");
        assertThat(advapi.types.get("Software\\Run\\DeskBreak")).isEqualTo(WinRegistry.REG_SZ);
        assertThat(raw).endsWith(0, 0).hasSize(("\"C:\\Zoë\\DeskBreak.exe\"".length() + 1) * 2);
        assertThat(registry.readString("Software\\Run", "DeskBreak")).contains("\"C:\\Zoë\\DeskBreak.exe\"");
        assertThat(advapi.lastKey).isEqualTo(WinRegistry.HKEY_CURRENT_USER);
    }

    @Test
    void aValueLargerThanTheFirstBufferIsReadWhole() throws Exception {
        String longPath = "C:\\" + "x".repeat(600) + "\\DeskBreak.exe";
        registry.writeString("K", "V", longPath);

        assertThat(registry.readString("K", "V")).contains(longPath);
    }

    @Test
    void aMissingValueIsEmptyAndDeletingItIsNoError() throws Exception {
        assertThat(registry.readBinary("K", "V")).isEmpty();
        registry.delete("K", "V");
    }

    @Test
    void aBinaryValueIsReadAsItsBytes() throws Exception {
        advapi.data.put("K\\V", new byte[] {3, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8});
        advapi.types.put("K\\V", WinRegistry.REG_BINARY);

        assertThat(registry.readBinary("K", "V")).hasValueSatisfying(b -> assertThat(b).hasSize(12).startsWith(3));
    }

    @Test
    void anErrorCodeBecomesAnIOExceptionThatSaysWhichValue() {
        advapi.data.put("K\\V", "x".getBytes(StandardCharsets.UTF_16LE));
        advapi.types.put("K\\V", WinRegistry.REG_BINARY);

        assertThatThrownBy(() -> registry.readString("K", "V")).isInstanceOf(IOException.class)
                .hasMessageContaining("HKCU\\K\\V").hasMessageContaining("1630");
    }
}
