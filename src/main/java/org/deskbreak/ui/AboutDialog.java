package org.deskbreak.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Name, version and one paragraph about what DeskBreak does. */
public final class AboutDialog {

    private final Messages messages;
    private final AppIcons icons;
    private JDialog dialog;

    public AboutDialog(Messages messages, AppIcons icons) {
        this.messages = messages;
        this.icons = icons;
    }

    public void open() {
        Edt.check();
        if (dialog != null) {
            dialog.toFront();
            return;
        }
        JDialog d = new JDialog((java.awt.Window) null, messages.text("about.window"));
        d.setIconImages(icons.windowIcons());
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        d.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                dialog = null;
            }
        });
        JPanel text = new JPanel();
        text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
        JLabel name = new JLabel(messages.text("app.name"));
        name.putClientProperty("FlatLaf.styleClass", "h2");
        String version = java.util.Optional.ofNullable(AboutDialog.class.getPackage().getImplementationVersion()).orElse("dev");
        text.add(name);
        text.add(new JLabel(messages.text("about.version", version)));
        text.add(Box.createVerticalStrut(10));
        text.add(new JLabel("<html><body style='width:300px'>"
                + StatusWindow.escape(messages.text("about.text")) + "</body></html>"));
        JPanel body = new JPanel(new BorderLayout(18, 0));
        body.setBorder(BorderFactory.createEmptyBorder(18, 18, 6, 18));
        JLabel icon = new JLabel(new ImageIcon(icons.image(AppIcons.Look.NORMAL, 64)));
        icon.setVerticalAlignment(JLabel.TOP);
        body.add(icon, BorderLayout.WEST);
        body.add(text, BorderLayout.CENTER);
        JButton close = new JButton(messages.text("about.close"));
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 12));
        buttons.add(close);
        JPanel root = new JPanel(new BorderLayout());
        root.add(body, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(root);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(null);
        dialog = d;
        d.setVisible(true);
    }

    public void close() {
        Edt.check();
        if (dialog != null) {
            dialog.dispose();
        }
    }
}
