/**
 * The files a scored month is written as (月度成果文件): the briefing, the ranking and ticket tables,
 * the grid and ticket GeoJSON, the map drawn once with Java2D as PNG and SVG, and the one page
 * that shows them all ({@link org.gridgov.examples.files.MonthFiles}).
 */
package org.gridgov.examples.files;
