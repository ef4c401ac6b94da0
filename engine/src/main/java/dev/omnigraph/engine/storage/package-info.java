/**
 * The graph directory's own files: schema source, catalog and the manifest of table versions.
 */
package dev.omnigraph.engine.storage;
