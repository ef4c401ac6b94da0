"""pyarrow.flight, which has no Flight SQL helpers: commands packed by hand, and plain tickets."""
import pyarrow as pa
import pyarrow.flight as flight
import pytest

from conftest import FRIENDS_OF_ADA

SQL_TYPE_PREFIX = b"type.googleapis.com/arrow.flight.protocol.sql."


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def length_delimited(field_number, payload):
    """One protobuf field of wire type 2 (bytes, strings, messages)."""
    return varint(field_number << 3 | 2) + varint(len(payload)) + payload


def any_command(message_name, message_bytes):
    """A google.protobuf.Any holding a Flight SQL command: type_url = 1, value = 2."""
    return length_delimited(1, SQL_TYPE_PREFIX + message_name.encode()) + length_delimited(2, message_bytes)


def statement_query(text):
    """CommandStatementQuery { string query = 1; }"""
    return any_command("CommandStatementQuery", length_delimited(1, text.encode()))


@pytest.fixture
def client(uri):
    with flight.connect(uri) as connection:
        yield connection


def test_hand_packed_statement_query(client):
    info = client.get_flight_info(flight.FlightDescriptor.for_command(statement_query(FRIENDS_OF_ADA)))
    assert info.schema.names == ["f.name"]
    assert all(not endpoint.locations for endpoint in info.endpoints)
    table = client.do_get(info.endpoints[0].ticket).read_all()
    assert table.column(0).to_pylist() == ["Alan Turing", "Grace Hopper"]


def test_hand_packed_metadata_command(client):
    # CommandGetTables { optional string table_name_filter_pattern = 3; }
    command = any_command("CommandGetTables", length_delimited(3, b"Per%"))
    info = client.get_flight_info(flight.FlightDescriptor.for_command(command))
    table = client.do_get(info.endpoints[0].ticket).read_all()
    assert table.column("table_name").to_pylist() == ["Person"]


def test_plain_ticket_is_statement_text(client):
    table = client.do_get(flight.Ticket(FRIENDS_OF_ADA.encode())).read_all()
    assert table.column(0).to_pylist() == ["Alan Turing", "Grace Hopper"]
    table = client.do_get(flight.Ticket(b"CALL person('grace')")).read_all()
    assert table.column("p.name").to_pylist() == ["Grace Hopper"]


def test_plain_ticket_errors_are_invalid_argument(client):
    with pytest.raises(pa.ArrowInvalid, match="SYNTAX_ERROR") as error:
        client.do_get(flight.Ticket(b"query q( {")).read_all()
    assert "42601" in str(error.value)


def test_basic_token_authentication(auth_uri):
    with flight.connect(auth_uri) as connection:
        header = connection.authenticate_basic_token(b"ada", b"lovelace")
        options = flight.FlightCallOptions(headers=[header])
        table = connection.do_get(flight.Ticket(FRIENDS_OF_ADA.encode()), options).read_all()
        assert table.num_rows == 2
        with pytest.raises(flight.FlightUnauthenticatedError):
            connection.do_get(flight.Ticket(FRIENDS_OF_ADA.encode())).read_all()
