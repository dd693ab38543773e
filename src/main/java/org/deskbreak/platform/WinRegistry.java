package org.deskbreak.platform;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * HKEY_CURRENT_USER through advapi32's key-less calls (Vista and later), which open and close the
 * key themselves: no handles to leak. Never run on Linux; its signatures are checked against the
 * documented prototypes by {@code WindowsNativeSignaturesTest}.
 */
final class WinRegistry implements WindowsRunKey.Registry {

    /** advapi32.dll, as documented in winreg.h. */
    interface Advapi32 extends StdCallLibrary {
        /**
         * {@code LSTATUS RegGetValueW(HKEY hkey, LPCWSTR lpSubKey, LPCWSTR lpValue, DWORD dwFlags,
         * LPDWORD pdwType, PVOID pvData, LPDWORD pcbData)}
         */
        int RegGetValueW(Pointer hkey, WString subKey, WString value, int flags, IntByReference type,
                         byte[] data, IntByReference dataBytes);

        /**
         * {@code LSTATUS RegSetKeyValueW(HKEY hKey, LPCWSTR lpSubKey, LPCWSTR lpValueName,
         * DWORD dwType, LPCVOID lpData, DWORD cbData)}: creates the key when missing.
         */
        int RegSetKeyValueW(Pointer hkey, WString subKey, WString valueName, int type, byte[] data, int dataBytes);

        /** {@code LSTATUS RegDeleteKeyValueW(HKEY hKey, LPCWSTR lpSubKey, LPCWSTR lpValueName)} */
        int RegDeleteKeyValueW(Pointer hkey, WString subKey, WString valueName);
    }

    /** {@code (HKEY)(ULONG_PTR)((LONG)0x80000001)}: sign-extended to the pointer's width, as winreg.h does (createConstant(int) would not). */
    static final Pointer HKEY_CURRENT_USER = Pointer.createConstant((long) (int) 0x80000001);
    static final int REG_SZ = 1;
    static final int REG_BINARY = 3;
    static final int RRF_RT_REG_SZ = 0x2;
    static final int RRF_RT_REG_BINARY = 0x8;
    static final int ERROR_SUCCESS = 0;
    static final int ERROR_FILE_NOT_FOUND = 2;
    static final int ERROR_MORE_DATA = 234;

    private final Advapi32 advapi;

    WinRegistry(Advapi32 advapi) {
        this.advapi = advapi;
    }

    static WinRegistry load() {
        return new WinRegistry(Native.load("advapi32", Advapi32.class));
    }

    @Override
    public Optional<byte[]> readBinary(String key, String name) throws IOException {
        return read(key, name, RRF_RT_REG_BINARY);
    }

    @Override
    public Optional<String> readString(String key, String name) throws IOException {
        return read(key, name, RRF_RT_REG_SZ).map(WinRegistry::fromUtf16);
    }

    private Optional<byte[]> read(String key, String name, int flags) throws IOException {
        byte[] data = new byte[512];
        for (int attempt = 0; attempt < 4; attempt++) {
            IntByReference size = new IntByReference(data.length);
            int status = advapi.RegGetValueW(HKEY_CURRENT_USER, new WString(key), new WString(name), flags,
                    null, data, size);
            if (status == ERROR_FILE_NOT_FOUND) {
                return Optional.empty();
            }
            if (status == ERROR_MORE_DATA) {
                data = new byte[size.getValue()];
                continue;
            }
            check(status, "read", key, name);
            return Optional.of(Arrays.copyOf(data, size.getValue()));
        }
        throw new IOException("HKCU\\" + key + "\\" + name + " keeps growing while being read");
    }

    @Override
    public void writeString(String key, String name, String value) throws IOException {
        byte[] data = toUtf16(value);
        check(advapi.RegSetKeyValueW(HKEY_CURRENT_USER, new WString(key), new WString(name), REG_SZ, data, data.length),
                "write", key, name);
    }

    @Override
    public void delete(String key, String name) throws IOException {
        int status = advapi.RegDeleteKeyValueW(HKEY_CURRENT_USER, new WString(key), new WString(name));
        if (status != ERROR_FILE_NOT_FOUND) {
            check(status, "delete", key, name);
        }
    }

    /** REG_SZ data: UTF-16LE with its terminating NUL counted in the size. */
    static byte[] toUtf16(String value) {
        return (value + '\0').getBytes(StandardCharsets.UTF_16LE);
    }

    static String fromUtf16(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_16LE);
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static void check(int status, String what, String key, String name) throws IOException {
        if (status != ERROR_SUCCESS) {
            throw new IOException("could not " + what + " HKCU\\" + key + "\\" + name + " (Windows error " + status + ")");
        }
    }
}
