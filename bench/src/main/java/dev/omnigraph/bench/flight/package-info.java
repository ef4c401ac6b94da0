/**
 * Flight SQL benchmark helpers that run outside JMH: {@link dev.omnigraph.bench.flight.ItemServer}
 * serves a generated item graph for the Python client benchmark ({@code bench/run-flight-python.sh}).
 */
package dev.omnigraph.bench.flight;
