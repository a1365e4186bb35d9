/**
 * Examples of GridGov on the places of the articles: {@link org.gridgov.examples.Place} loads a
 * place's scheme, grid table, roster and matter catalogue; {@link org.gridgov.examples.GridGovDemo}
 * is the demo command line.
 */
package org.gridgov.examples;
