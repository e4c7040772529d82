//! `parley copy --to postgres://…`: moves a community from the embedded SQLite database to
//! PostgreSQL, the way up when one process is no longer enough (several instances share one
//! PostgreSQL database).
//!
//! Decisions, and why:
//! - **One direction, SQLite → PostgreSQL.** That is the move operators make; the way back is
//!   `pg_dump`/`pg_restore` into another PostgreSQL. A second direction would be a second
//!   set of type conversions to keep right for a move nobody needs.
//! - **The server is stopped** (the data directory's lock, as for a restore): a copy taken
//!   while it writes would miss what it wrote afterwards. The SQLite side is read in one read
//!   transaction all the same, so the copy is one consistent moment.
//! - **The target is migrated to the same schema first and must hold no community yet** (no
//!   accounts, no threads). What a server start leaves there (instance state) is replaced.
//! - **All or nothing**: every row goes in one PostgreSQL transaction; on any error the target
//!   is left as it was and the command says which table failed.
//! - **Rows travel as JSON**: SQLite's `json_object` per row, PostgreSQL's
//!   `json_populate_recordset` per batch of rows. One code path serves every table and column
//!   type the schema uses (integers, text, booleans stored as 0/1, timestamps stored as text),
//!   with no per-table struct to keep in step with the migrations.
//! - Tables go in foreign-key order (read from PostgreSQL's catalogue), rows in rowid order;
//!   identity sequences are moved past the highest id copied, so new rows do not collide.
//! - **Checked**: afterwards the row count of every table is compared on both sides.
//! - Everything moves, originals awaiting anonymisation and the moderation log included: the
//!   target must be protected like the source. The source is left untouched; the operator
//!   deletes it once the new instance is confirmed. The search index is rebuilt against the
//!   new database (`parley reindex`, which the command runs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, bail};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::{PgConnection, SqliteConnection};

use super::backup::{Count, One};

/// Rows per INSERT statement: large enough to be quick, small enough to keep a statement's
/// JSON (bodies of case studies) well under memory limits.
const BATCH: i64 = 200;

#[derive(QueryableByName)]
struct Pair {
    #[diesel(sql_type = Text)]
    child: String,
    #[diesel(sql_type = Text)]
    parent: String,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = BigInt)]
    rid: i64,
    #[diesel(sql_type = Text)]
    value: String,
}

/// How many rows each table received.
pub type Copied = BTreeMap<String, i64>;

fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The target's tables (those Parley's migrations made) in an order where every table comes
/// after the tables its foreign keys point to.
fn tables_in_dependency_order(pg: &mut PgConnection) -> anyhow::Result<Vec<String>> {
    let names: Vec<One> = diesel::sql_query(
        "SELECT table_name::text AS value FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
         AND table_name <> '__diesel_schema_migrations' ORDER BY table_name",
    )
    .load(pg)?;
    let edges: Vec<Pair> = diesel::sql_query(
        "SELECT ch.relname::text AS child, pa.relname::text AS parent FROM pg_constraint c \
         JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid \
         JOIN pg_namespace n ON n.oid = ch.relnamespace \
         WHERE c.contype = 'f' AND n.nspname = current_schema()",
    )
    .load(pg)?;
    let mut left: BTreeSet<String> = names.into_iter().map(|n| n.value).collect();
    let mut ordered = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let ready: Vec<String> = left
            .iter()
            .filter(|table| {
                edges
                    .iter()
                    .all(|e| &e.child != *table || e.parent == **table || !left.contains(&e.parent))
            })
            .cloned()
            .collect();
        if ready.is_empty() {
            bail!(
                "the tables {left:?} refer to each other in a cycle; they cannot be copied in order"
            );
        }
        for table in ready {
            left.remove(&table);
            ordered.push(table);
        }
    }
    Ok(ordered)
}

fn columns_pg(pg: &mut PgConnection, table: &str) -> anyhow::Result<Vec<String>> {
    let rows: Vec<One> = diesel::sql_query(format!(
        "SELECT column_name::text AS value FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = {} ORDER BY ordinal_position",
        literal(table)
    ))
    .load(pg)?;
    Ok(rows.into_iter().map(|r| r.value).collect())
}

fn columns_sqlite(conn: &mut SqliteConnection, table: &str) -> anyhow::Result<Vec<String>> {
    let rows: Vec<One> = diesel::sql_query(format!(
        "SELECT name AS value FROM pragma_table_info({}) ORDER BY cid",
        literal(table)
    ))
    .load(conn)?;
    Ok(rows.into_iter().map(|r| r.value).collect())
}

fn count_sqlite(conn: &mut SqliteConnection, table: &str) -> anyhow::Result<i64> {
    let rows: Vec<Count> =
        diesel::sql_query(format!("SELECT count(*) AS n FROM {}", ident(table))).load(conn)?;
    Ok(rows.first().map_or(0, |c| c.n))
}

fn count_pg(pg: &mut PgConnection, table: &str) -> anyhow::Result<i64> {
    let rows: Vec<Count> =
        diesel::sql_query(format!("SELECT count(*) AS n FROM {}", ident(table))).load(pg)?;
    Ok(rows.first().map_or(0, |c| c.n))
}

/// Copies every row of the SQLite database at `source` into the PostgreSQL connection `pg`,
/// whose schema is already migrated to the same version. One transaction on each side.
pub fn copy_sqlite_to_postgres(
    source: &Path,
    pg: &mut PgConnection,
    mut progress: impl FnMut(&str, i64),
) -> anyhow::Result<Copied> {
    let mut lite = SqliteConnection::establish(&format!("file:{}?mode=ro", source.display()))
        .with_context(|| format!("cannot open {}", source.display()))?;
    diesel::sql_query("PRAGMA busy_timeout = 10000").execute(&mut lite)?;
    for table in ["users", "threads"] {
        let n = count_pg(pg, table)?;
        if n > 0 {
            bail!(
                "the target database already holds a community ({n} rows in {table}); \
                 copy into a new, empty database"
            );
        }
    }
    let tables = tables_in_dependency_order(pg)?;
    lite.transaction(|lite| {
        pg.transaction(|pg| {
            // What a server start may have left (instance state) gives way to the source's.
            for table in tables.iter().rev() {
                diesel::sql_query(format!("DELETE FROM {}", ident(table))).execute(pg)?;
            }
            let mut copied = Copied::new();
            for table in &tables {
                let wanted = columns_pg(pg, table)?;
                let present: BTreeSet<String> = columns_sqlite(lite, table)?.into_iter().collect();
                if let Some(missing) = wanted.iter().find(|c| !present.contains(*c)) {
                    bail!(
                        "the SQLite table {table} has no column {missing}; both databases must \
                         be at the same schema (run `parley migrate` on each)"
                    );
                }
                let object = wanted
                    .iter()
                    .map(|c| format!("{}, {}", literal(c), ident(c)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let select = format!(
                    "SELECT rowid AS rid, json_object({object}) AS value FROM {} \
                     WHERE rowid > ? ORDER BY rowid LIMIT {BATCH}",
                    ident(table)
                );
                let insert = format!(
                    "INSERT INTO {t} SELECT * FROM json_populate_recordset(NULL::{t}, $1::json)",
                    t = ident(table)
                );
                let mut after = i64::MIN;
                let mut n = 0;
                loop {
                    let rows: Vec<Row> = diesel::sql_query(&select)
                        .bind::<BigInt, _>(after)
                        .load(lite)
                        .with_context(|| format!("reading {table}"))?;
                    let Some(last) = rows.last() else { break };
                    after = last.rid;
                    let batch = format!(
                        "[{}]",
                        rows.iter()
                            .map(|r| r.value.as_str())
                            .collect::<Vec<_>>()
                            .join(",")
                    );
                    diesel::sql_query(&insert)
                        .bind::<Text, _>(batch)
                        .execute(pg)
                        .with_context(|| format!("writing {table}"))?;
                    n += rows.len() as i64;
                    progress(table, n);
                }
                copied.insert(table.clone(), n);
            }
            move_identities_past_copied_ids(pg)?;
            for (table, n) in &copied {
                let source_rows = count_sqlite(lite, table)?;
                let target_rows = count_pg(pg, table)?;
                if source_rows != *n || target_rows != *n {
                    bail!(
                        "{table}: {source_rows} rows in SQLite, {n} copied, {target_rows} in \
                         PostgreSQL; nothing was kept"
                    );
                }
            }
            Ok(copied)
        })
    })
}

/// Identity columns continue after the highest id copied.
fn move_identities_past_copied_ids(pg: &mut PgConnection) -> anyhow::Result<()> {
    let identities: Vec<Pair> = diesel::sql_query(
        "SELECT table_name::text AS child, column_name::text AS parent \
         FROM information_schema.columns \
         WHERE table_schema = current_schema() AND is_identity = 'YES'",
    )
    .load(pg)?;
    for Pair {
        child: table,
        parent: column,
    } in identities
    {
        diesel::sql_query(format!(
            "SELECT setval(pg_get_serial_sequence({}, {}), \
             (SELECT coalesce(max({c}), 0) + 1 FROM {t}), false)",
            literal(&ident(&table)),
            literal(&column),
            c = ident(&column),
            t = ident(&table)
        ))
        .execute(pg)?;
    }
    Ok(())
}
