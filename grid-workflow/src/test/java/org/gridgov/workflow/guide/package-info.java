/**
 * The samples of {@code docs/workflow.md} as tests that run (文档示例): each sample is a
 * {@code // snippet:} region here, written against the public API only (this package is outside
 * {@code org.gridgov.workflow}), so a sample that stops compiling or working fails the build.
 */
package org.gridgov.workflow.guide;
