package org.deskbreak.app;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is written in one place: pom.xml. */
final class CliVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"DeskBreak " + (version == null ? "(development build)" : version)};
    }
}
