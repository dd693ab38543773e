package org.deskbreak.ipc;

/** What the running app does with a request; called on the command thread, one request at a time in arrival order. */
@FunctionalInterface
public interface RequestHandler {

    Reply handle(Request request);
}
