package org.deskbreak.ipc;

/** What the running app does with a request; called on the server thread, so it must return quickly. */
@FunctionalInterface
public interface RequestHandler {

    Reply handle(Request request);
}
