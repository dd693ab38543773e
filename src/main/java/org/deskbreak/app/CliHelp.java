package org.deskbreak.app;

import picocli.CommandLine.Option;

/**
 * {@code -h} and {@code --help} for every command. Picocli answers them before it checks the
 * arguments, so {@code every --help} works without a DURATION and without a running app.
 */
final class CliHelp {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help with an example.")
    boolean requested;
}
