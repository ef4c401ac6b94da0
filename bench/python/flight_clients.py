"""Measures OmniGraph's Flight SQL server from Python (bench/README.md, "Flight SQL from Python").

Usage: flight_clients.py <grpc://host:port> <rows> [--scans N] [--lookups N]

1. DoGet throughput of SELECT * FROM Item through pyarrow.flight (a hand-packed
   CommandStatementQuery): MB/s of Arrow buffers received (Table.nbytes), and the same table
   written to an in-memory Arrow IPC stream, the physical limit of moving those bytes here, and
   the ratio of the two medians.
2. Point-lookup latency through adbc_driver_flightsql's DB-API: a parameterised SELECT of one item
   by its key (prepared once per cursor; each call binds, executes and fetches), and the same
   lookup as a plain pyarrow.flight ticket holding the statement text.
Prints one line per figure; checks every answer.
"""
import argparse
import random
import statistics
import time

import adbc_driver_flightsql.dbapi as flightsql
import pyarrow as pa
import pyarrow.flight as flight

SQL_TYPE_PREFIX = b"type.googleapis.com/arrow.flight.protocol.sql."


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | 0x80 if value else byte)
        if not value:
            return bytes(out)


def field(number, payload):
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def statement_query(text):
    return field(1, SQL_TYPE_PREFIX + b"CommandStatementQuery") + field(2, field(1, text.encode()))


def slug(index):
    return "item-%06d" % (index + 1)


def scans(uri, rows, count):
    client = flight.connect(uri)
    descriptor = flight.FlightDescriptor.for_command(statement_query("SELECT * FROM Item"))
    timings = []
    table = None
    for _ in range(count + 1):
        started = time.perf_counter()
        info = client.get_flight_info(descriptor)
        table = client.do_get(info.endpoints[0].ticket).read_all()
        timings.append(time.perf_counter() - started)
    assert table.num_rows == rows, table.num_rows
    timings = timings[1:]  # the first call warms the server's plan cache and the client
    best, median = min(timings), statistics.median(timings)
    print("doget_select_star rows=%d bytes=%d median_s=%.3f best_s=%.3f median_MBps=%.1f best_MBps=%.1f"
          % (rows, table.nbytes, median, best, table.nbytes / median / 1e6, table.nbytes / best / 1e6))
    ipc = []
    for _ in range(count):
        started = time.perf_counter()
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table, max_chunksize=65536)
        sink.getvalue()
        ipc.append(time.perf_counter() - started)
    ipc_median = statistics.median(ipc)
    print("ipc_stream_write bytes=%d median_s=%.4f median_MBps=%.1f"
          % (table.nbytes, ipc_median, table.nbytes / ipc_median / 1e6))
    print("doget_to_ipc_ratio median=%.4f" % (ipc_median / median))


def lookups(uri, rows, count):
    rng = random.Random(7)
    keys = [rng.randrange(rows) for _ in range(count + 50)]
    query = "SELECT slug, name, category, price, stock FROM Item WHERE slug = ?"
    with flightsql.connect(uri, autocommit=True) as connection, connection.cursor() as cur:
        timings = []
        for i, key in enumerate(keys):
            started = time.perf_counter()
            cur.execute(query, (slug(key),))
            row = cur.fetchall()
            elapsed = time.perf_counter() - started
            assert len(row) == 1 and row[0][0] == slug(key), row
            if i >= 50:
                timings.append(elapsed)
    report("adbc_prepared_lookup", timings)
    client = flight.connect(uri)
    timings = []
    for i, key in enumerate(keys):
        text = "SELECT slug, name, category, price, stock FROM Item WHERE slug = '%s'" % slug(key)
        started = time.perf_counter()
        table = client.do_get(flight.Ticket(text.encode())).read_all()
        elapsed = time.perf_counter() - started
        assert table.num_rows == 1 and table.column(0)[0].as_py() == slug(key)
        if i >= 50:
            timings.append(elapsed)
    report("pyarrow_plain_ticket_lookup", timings)


def report(name, timings):
    timings = sorted(t * 1000 for t in timings)
    p = lambda q: timings[min(len(timings) - 1, int(q * len(timings)))]
    print("%s n=%d median_ms=%.2f p90_ms=%.2f p99_ms=%.2f" % (name, len(timings), p(0.5), p(0.9), p(0.99)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("uri")
    parser.add_argument("rows", type=int)
    parser.add_argument("--scans", type=int, default=5)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()
    scans(args.uri, args.rows, args.scans)
    lookups(args.uri, args.rows, args.lookups)


if __name__ == "__main__":
    main()
