package org.deskbreak.routine;

/**
 * The system's speech engine, reading a step aloud. Saying returns at once; a new text, or
 * {@link #stop()}, cuts off whatever is still being said.
 */
interface Speech {

    /** Where no engine exists: says nothing. */
    Speech NONE = new Speech() {
        @Override
        public void say(String text) {
        }

        @Override
        public void stop() {
        }
    };

    void say(String text);

    void stop();

    /** Stops, and ends any thread kept for speaking until the next text comes. */
    default void release() {
        stop();
    }
}
