package org.deskbreak.platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a file error into words. Java's file exceptions often carry nothing but the path
 * ({@code NoSuchFileException: /run/deskbreak}), which tells the user where but not what is
 * wrong; every message DeskBreak shows about a file goes through here and says both.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** "/home/me/deskbreak: already exists and is a file, not a folder"; other errors: their message. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String where = f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
            return where + ": " + reason(f);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why, in words; the operating system's own reason when it gave one ("Not a directory"). */
    static String reason(FileSystemException f) {
        if (f.getReason() != null && !f.getReason().isBlank()) {
            return lowerFirst(f.getReason());
        }
        Path file = Path.of(f.getFile());
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return FileKind.quietly(file).map(k -> "already exists and is " + k.described()).orElse("already exists");
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        if (f instanceof NotDirectoryException) {
            return FileKind.quietly(file).map(k -> "is " + k.described() + ", not a folder").orElse("is not a folder");
        }
        if (f instanceof NotLinkException) {
            return "is not a symbolic link";
        }
        if (f instanceof FileSystemLoopException) {
            return "leads round in a loop of symbolic links";
        }
        return FileKind.quietly(file).map(k -> "cannot be used (it is " + k.described() + ")").orElse("cannot be used");
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }
}
