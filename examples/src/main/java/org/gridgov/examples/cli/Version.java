package org.gridgov.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar's version (its manifest), the Java runtime and the OS. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"gridgov " + (v == null ? "(development build)" : v) + " — GridGov, an SDK for grid governance",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
            + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
  }
}
