/**
 * The strict JSONL loader: parsing, typed rows, and validation across records before any write.
 */
package dev.omnigraph.engine.load;
