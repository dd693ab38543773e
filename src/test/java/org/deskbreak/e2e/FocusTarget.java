package org.deskbreak.e2e;

import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Someone else's window for the focus test, run in its own JVM: a text area that writes what it
 * holds to {@code <dir>/typed.txt} after each change and notes every focus loss in
 * {@code <dir>/focus.txt}.
 */
public final class FocusTarget {

    static final String TITLE = "Focus target";

    private FocusTarget() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        EventQueue.invokeLater(() -> show(dir));
    }

    private static void show(Path dir) {
        JFrame frame = new JFrame(TITLE);
        JTextArea area = new JTextArea(12, 50);
        area.setLineWrap(true);
        area.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                write(dir.resolve("typed.txt"), area.getText(), false);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                write(dir.resolve("typed.txt"), area.getText(), false);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        frame.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                write(dir.resolve("focus.txt"), "gained\n", true);
            }

            @Override
            public void windowLostFocus(WindowEvent e) {
                write(dir.resolve("focus.txt"), "lost\n", true);
            }
        });
        frame.add(new JScrollPane(area));
        frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
        frame.pack();
        frame.setLocation(80, 120);
        frame.setVisible(true);
    }

    private static void write(Path file, String text, boolean append) {
        try {
            if (append) {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
