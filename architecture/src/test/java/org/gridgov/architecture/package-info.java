/**
 * The rules that keep GridGov's library modules closed and its docs honest, as tests: layering
 * and type cycles (ArchUnit), exported packages and module-path resolution of the built jars, the
 * size and shape of source files, and the Java samples of {@code README.md} and {@code docs/},
 * each a region of a test that compiles and runs.
 */
package org.gridgov.architecture;
