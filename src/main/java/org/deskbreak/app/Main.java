package org.deskbreak.app;

/** Wiring only: builds the objects and passes them in. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("DeskBreak: not wired yet");
    }
}
