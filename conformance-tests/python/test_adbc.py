"""adbc_driver_flightsql through its DB-API, as ecosystem.md section 3.2 describes its calls."""
import datetime

import adbc_driver_flightsql.dbapi as flightsql
import adbc_driver_manager
import pyarrow as pa
import pytest

from conftest import FRIENDS_OF_ADA


@pytest.fixture
def conn(uri):
    with flightsql.connect(uri, autocommit=True) as connection:
        yield connection


def count_people(connection):
    """Counts Person rows with a fresh cursor, so the count is prepared in the current transaction."""
    with connection.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM Person")
        return cur.fetchone()[0]


def test_default_connect_runs_in_a_transaction_that_commit_publishes(uri):
    with flightsql.connect(uri) as writer, flightsql.connect(uri, autocommit=True) as reader:
        before = count_people(reader)
        with writer.cursor() as cur:
            cur.execute('query add() { insert Person { slug: "tx_commit", name: "Committed" } }')
        assert count_people(writer) == before + 1
        assert count_people(reader) == before
        writer.commit()
        assert count_people(reader) == before + 1


def test_rollback_discards_the_transactions_writes(uri):
    with flightsql.connect(uri) as writer, flightsql.connect(uri, autocommit=True) as reader:
        before = count_people(reader)
        with writer.cursor() as cur:
            cur.executemany(
                "query add($slug: String, $name: String) { insert Person { slug: $slug, name: $name } }",
                [("rolled1", "R1"), ("rolled2", "R2")],
            )
        assert count_people(writer) == before + 2
        writer.rollback()
        assert count_people(writer) == before
        assert count_people(reader) == before


def test_a_statement_prepared_in_an_ended_transaction_asks_to_be_prepared_again(uri):
    with flightsql.connect(uri) as connection, connection.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM Person")
        cur.fetchall()
        connection.commit()
        with pytest.raises(adbc_driver_manager.Error, match="prepare the statement again"):
            cur.execute("SELECT COUNT(*) FROM Person")
            cur.fetchall()


def test_execute_without_parameters_and_fetch_arrow_table(conn):
    with conn.cursor() as cur:
        cur.execute(FRIENDS_OF_ADA)
        table = cur.fetch_arrow_table()
    assert table.column_names == ["f.name"]
    assert table.column(0).to_pylist() == ["Alan Turing", "Grace Hopper"]


def test_execute_with_parameters_binds_by_position(conn):
    with conn.cursor() as cur:
        cur.execute("CALL friends_of(?)", ("alan",))
        assert cur.fetchall() == [("Edsger Dijkstra", "Amsterdam")]
        cur.execute("SELECT name FROM Person WHERE slug = ?", ("grace",))
        assert cur.fetchall() == [("Grace Hopper",)]
        cur.execute(
            "query q($city: String) { match { $p: Person { city: $city } } return { $p.slug, $p.born } }",
            ("London",),
        )
        table = cur.fetch_arrow_table()
    assert table.column("p.slug").to_pylist() == ["ada"]
    assert table.schema.field("p.born").type == pa.date32()


def test_wire_types_of_dates_times_lists_and_enums(conn):
    with conn.cursor() as cur:
        cur.execute(
            'query q($since: Date) { match { $p: Person $p.born >= $since } '
            "return { $p.slug, $p.born, $p.skills, $p.level } order { $p.slug } }",
            (datetime.date(1995, 1, 1),),
        )
        table = cur.fetch_arrow_table()
        cur.execute('SELECT started FROM Project WHERE slug = \'engine\'')
        started = cur.fetch_arrow_table()
    assert table.column("p.slug").to_pylist() == ["barbara", "edsger"]
    assert table.schema.field("p.born").type == pa.date32()
    assert table.schema.field("p.skills").type == pa.list_(pa.string())
    assert table.column("p.level").to_pylist() == ["junior", "senior"]
    assert started.schema.field("started").type == pa.timestamp("ms", tz="UTC")


def test_sql_update_with_parameters(conn):
    with conn.cursor() as cur:
        cur.execute("UPDATE Person SET city = ? WHERE slug = ?", ("Murray Hill", "ken"))
        cur.execute("SELECT city FROM Person WHERE slug = 'ken'")
        assert cur.fetchall() == [("Murray Hill",)]


def test_get_objects_lists_the_graph_its_branch_tables_and_columns(conn):
    objects = conn.adbc_get_objects(depth="all").read_all().to_pylist()
    assert [c["catalog_name"] for c in objects] == ["social"]
    schemas = objects[0]["catalog_db_schemas"]
    assert [s["db_schema_name"] for s in schemas] == ["main"]
    tables = {t["table_name"]: t for t in schemas[0]["db_schema_tables"]}
    assert {"Person", "Company", "Knows", "WorksAt"} <= set(tables)
    person_columns = [c["column_name"] for c in tables["Person"]["table_columns"]]
    assert person_columns == ["id", "born", "city", "level", "name", "skills", "slug"]


def test_get_table_schema_and_types_and_info(conn):
    schema = conn.adbc_get_table_schema("Company")
    assert schema.names == ["id", "founded", "name", "sector", "slug"]
    assert schema.field("founded").type == pa.int32()
    assert conn.adbc_get_table_types() == ["TABLE"]
    info = conn.adbc_get_info()
    assert info["vendor_name"] == "OmniGraph"


def test_ingest_appends_rows_and_refuses_create(conn):
    with conn.cursor() as cur:
        rows = pa.table({"slug": ["xerox"], "name": ["Xerox PARC"], "sector": ["research"]})
        assert cur.adbc_ingest("Company", rows, mode="append") == 1
        cur.execute("query q() { match { $c: Company { slug: \"xerox\" } } return { $c.name } }")
        assert cur.fetchall() == [("Xerox PARC",)]
        with pytest.raises(adbc_driver_manager.Error, match="mode 'append' or 'replace'"):
            cur.adbc_ingest("Company", rows, mode="create")


def test_executemany_runs_a_prepared_mutation_per_row(conn):
    with conn.cursor() as cur:
        cur.executemany(
            "query add($slug: String, $name: String) { insert Person { slug: $slug, name: $name } }",
            [("radia", "Radia Perlman"), ("frances", "Frances Allen")],
        )
        cur.execute(
            'query q() { match { $p: Person } return { $p.name } order { $p.name } }'
        )
        names = [row[0] for row in cur.fetchall()]
    assert "Radia Perlman" in names and "Frances Allen" in names


def test_errors_name_the_problem(conn):
    with conn.cursor() as cur:
        with pytest.raises(adbc_driver_manager.Error, match="SYNTAX_ERROR"):
            cur.execute("query q( {")
        with pytest.raises(adbc_driver_manager.Error, match="NOT_FOUND"):
            cur.execute("SELECT name FROM Persn")
        with pytest.raises(adbc_driver_manager.Error, match="INVALID_ARGUMENT|SYNTAX_ERROR"):
            cur.execute("CREATE TABLE t (x INT)")
        cur.execute(FRIENDS_OF_ADA)
        assert len(cur.fetchall()) == 2


def test_basic_authentication(auth_uri):
    with flightsql.connect(auth_uri, db_kwargs={"username": "ada", "password": "lovelace"}, autocommit=True) as connection:
        with connection.cursor() as cur:
            cur.execute(FRIENDS_OF_ADA)
            assert len(cur.fetchall()) == 2
    with pytest.raises(adbc_driver_manager.Error, match="(?i)unauthenticated|invalid user name or password"):
        flightsql.connect(auth_uri, db_kwargs={"username": "ada", "password": "wrong"}, autocommit=True)
