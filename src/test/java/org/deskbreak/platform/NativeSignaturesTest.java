package org.deskbreak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JNA interfaces against the documented C prototypes (Microsoft's winuser.h, sysinfoapi.h and
 * winreg.h; Apple's CGEventSource.h). JNA maps by position and size only, so a wrong width or a
 * missing argument would not fail until it ran on that system: these tests stand in for that.
 * C to Java: DWORD, UINT, LONG, LSTATUS, int32_t and uint32_t are 32 bits, so int; BOOL is a
 * 32-bit int JNA reads as boolean; double is double; pointers are Pointer, a Structure or a
 * by-reference; LPCWSTR is WString (UTF-16).
 */
class NativeSignaturesTest {

    // ---- Windows ---------------------------------------------------------------------------

    @Test
    void getTickCount_DWORD_void() throws Exception {
        Method m = WindowsIdle.Kernel32.class.getMethod("GetTickCount");
        assertThat(m.getReturnType()).isEqualTo(int.class);
        assertThat(StdCallLibrary.class).isAssignableFrom(WindowsIdle.Kernel32.class);
    }

    @Test
    void getLastInputInfo_BOOL_PLASTINPUTINFO() throws Exception {
        Method m = WindowsIdle.User32.class.getMethod("GetLastInputInfo", WindowsIdle.LastInputInfo.class);
        assertThat(m.getReturnType()).isEqualTo(boolean.class);
        assertThat(StdCallLibrary.class).isAssignableFrom(WindowsIdle.User32.class);
    }

    @Test
    void lastInputInfo_UINT_cbSize_DWORD_dwTime_eightBytes_cbSizeFilledIn() {
        WindowsIdle.LastInputInfo info = new WindowsIdle.LastInputInfo();
        assertThat(info.getClass().getAnnotation(Structure.FieldOrder.class).value()).containsExactly("cbSize", "dwTime");
        assertThat(info.size()).isEqualTo(8);
        // GetLastInputInfo fails unless cbSize is sizeof(LASTINPUTINFO).
        assertThat(info.cbSize).isEqualTo(8);
    }

    @Test
    void regGetValueW_LSTATUS_HKEY_LPCWSTR_LPCWSTR_DWORD_LPDWORD_PVOID_LPDWORD() throws Exception {
        Method m = WinRegistry.Advapi32.class.getMethod("RegGetValueW", Pointer.class, WString.class, WString.class,
                int.class, IntByReference.class, byte[].class, IntByReference.class);
        assertThat(m.getReturnType()).isEqualTo(int.class);
    }

    @Test
    void regSetKeyValueW_LSTATUS_HKEY_LPCWSTR_LPCWSTR_DWORD_LPCVOID_DWORD() throws Exception {
        Method m = WinRegistry.Advapi32.class.getMethod("RegSetKeyValueW", Pointer.class, WString.class, WString.class,
                int.class, byte[].class, int.class);
        assertThat(m.getReturnType()).isEqualTo(int.class);
    }

    @Test
    void regDeleteKeyValueW_LSTATUS_HKEY_LPCWSTR_LPCWSTR() throws Exception {
        Method m = WinRegistry.Advapi32.class.getMethod("RegDeleteKeyValueW", Pointer.class, WString.class, WString.class);
        assertThat(m.getReturnType()).isEqualTo(int.class);
    }

    @Test
    void hkeyCurrentUserIsSignExtendedAsWinregHDefinesIt() {
        long expected = Native.POINTER_SIZE == 8 ? 0xFFFF_FFFF_8000_0001L : 0x8000_0001L;
        assertThat(Pointer.nativeValue(WinRegistry.HKEY_CURRENT_USER) & (Native.POINTER_SIZE == 8 ? -1L : 0xFFFF_FFFFL))
                .isEqualTo(expected);
        assertThat(WinRegistry.REG_SZ).isEqualTo(1);
        assertThat(WinRegistry.REG_BINARY).isEqualTo(3);
        assertThat(WinRegistry.RRF_RT_REG_SZ).isEqualTo(0x2);
        assertThat(WinRegistry.RRF_RT_REG_BINARY).isEqualTo(0x8);
        assertThat(WinRegistry.ERROR_MORE_DATA).isEqualTo(234);
    }

    // ---- macOS -----------------------------------------------------------------------------

    @Test
    void cgEventSourceSecondsSinceLastEventType_CFTimeInterval_CGEventSourceStateID_CGEventType() throws Exception {
        Method m = MacIdle.CoreGraphics.class.getMethod("CGEventSourceSecondsSinceLastEventType", int.class, int.class);
        assertThat(m.getReturnType()).isEqualTo(double.class);
        assertThat(Library.class).isAssignableFrom(MacIdle.CoreGraphics.class);
        assertThat(StdCallLibrary.class.isAssignableFrom(MacIdle.CoreGraphics.class)).isFalse();
    }

    @Test
    void combinedSessionStateIsZeroAndAnyInputIsAllBitsSet() {
        assertThat(MacIdle.COMBINED_SESSION_STATE).isZero();
        assertThat(Integer.toUnsignedLong(MacIdle.ANY_INPUT_EVENT_TYPE)).isEqualTo(0xFFFF_FFFFL);
    }

    // ---- nothing more is bound than is checked here ----------------------------------------

    @Test
    void everyBoundFunctionIsOneOfTheCheckedOnes() {
        for (Class<?> lib : List.of(WindowsIdle.User32.class, WindowsIdle.Kernel32.class, WinRegistry.Advapi32.class,
                MacIdle.CoreGraphics.class)) {
            assertThat(Arrays.stream(lib.getDeclaredMethods()).map(Method::getName))
                    .as(lib.getSimpleName())
                    .isSubsetOf("GetTickCount", "GetLastInputInfo", "RegGetValueW", "RegSetKeyValueW",
                            "RegDeleteKeyValueW", "CGEventSourceSecondsSinceLastEventType");
        }
    }
}
