/**
 * Examples of GridGov on the places of the articles: {@link org.gridgov.examples.Place} loads a
 * place's scheme, grid table, roster and matter catalogue; {@link org.gridgov.examples.TreePrinter}
 * prints a tree. The example programs — each a small {@code main} a service team can read in a
 * minute — show the typical calls: {@link org.gridgov.examples.LocateAndOpenTicket},
 * {@link org.gridgov.examples.DispatchHandleClose}, {@link org.gridgov.examples.MonthRanking} and
 * {@link org.gridgov.examples.CheckGridFile}. The command line is in {@code cli}.
 */
package org.gridgov.examples;
