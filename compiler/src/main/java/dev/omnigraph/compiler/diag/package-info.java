/**
 * Error codes, source locations and the syntax-error listener shared by every module.
 */
package dev.omnigraph.compiler.diag;
