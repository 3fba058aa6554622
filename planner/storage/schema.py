"""Schema and forward migrations. ``PRAGMA user_version`` is the schema version.

A migration is a list of SQL statements run in one transaction. Never edit a released migration:
add a new one. ``V1_SCHEMA`` is kept verbatim so tests can build a file as version 1 wrote it.
"""

from __future__ import annotations

APPLICATION_ID = 0x4C435031  # "LCP1": marks an SQLite file as a live-commerce plan

V1_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE platforms (
        key TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        required INTEGER NOT NULL DEFAULT 0,
        color TEXT NOT NULL DEFAULT '#7f7f7f',
        origin TEXT NOT NULL DEFAULT 'shipped'
    )""",
    """CREATE TABLE benchmarks (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        tier TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        low REAL,
        high REAL,
        unit TEXT NOT NULL DEFAULT '',
        year TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL DEFAULT 'estimate',
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'shipped',
        user_modified INTEGER NOT NULL DEFAULT 0,
        shipped_value REAL,
        shipped_low REAL,
        shipped_high REAL,
        UNIQUE (platform, tier, metric)
    )""",
    """CREATE TABLE market_facts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        metric TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        low TEXT NOT NULL DEFAULT '',
        high TEXT NOT NULL DEFAULT '',
        year TEXT NOT NULL DEFAULT '',
        source_title TEXT NOT NULL DEFAULT '',
        source_ref TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE festivals (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        presale_start TEXT,
        kind TEXT NOT NULL DEFAULT 'festival',
        basis TEXT NOT NULL DEFAULT 'sourced',
        notes TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'shipped'
    )""",
    """CREATE TABLE hosts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        platform TEXT NOT NULL REFERENCES platforms(key) ON UPDATE CASCADE,
        handle TEXT NOT NULL DEFAULT '',
        tier TEXT,
        followers INTEGER CHECK (followers IS NULL OR followers >= 0),
        typical_viewers REAL,
        categories TEXT NOT NULL DEFAULT '',
        slot_fee REAL NOT NULL DEFAULT 0 CHECK (slot_fee >= 0),
        commission_rate REAL NOT NULL DEFAULT 0 CHECK (commission_rate BETWEEN 0 AND 1),
        currency TEXT NOT NULL DEFAULT 'CNY',
        agency TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'prospect',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        brand TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT 'sales',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        budget REAL NOT NULL DEFAULT 0 CHECK (budget >= 0),
        currency TEXT NOT NULL DEFAULT 'CNY',
        margin REAL NOT NULL DEFAULT 0.5,
        other_costs REAL NOT NULL DEFAULT 0 CHECK (other_costs >= 0),
        notes TEXT NOT NULL DEFAULT '',
        parent_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
        CHECK (end_date >= start_date)
    )""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE RESTRICT,
        start_utc TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 15 AND 720),
        slot_fee REAL NOT NULL DEFAULT 0 CHECK (slot_fee >= 0),
        commission_rate REAL CHECK (commission_rate IS NULL OR commission_rate BETWEEN 0 AND 1),
        paid_budget REAL NOT NULL DEFAULT 0 CHECK (paid_budget >= 0),
        products TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX sessions_campaign ON sessions(campaign_id, start_utc)",
    "CREATE INDEX sessions_host ON sessions(host_id, start_utc)",
    """CREATE TABLE session_actuals (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        viewers REAL,
        peak_concurrent REAL,
        orders REAL,
        gmv REAL,
        refunds REAL
    )""",
)

# v2: session type and theme, host region and contact, and exchange rates for non-CNY campaigns.
V2_MIGRATION: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN session_type TEXT NOT NULL DEFAULT 'kol'",
    "ALTER TABLE sessions ADD COLUMN theme TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE hosts ADD COLUMN region TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE hosts ADD COLUMN contact TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE fx_rates (
        currency TEXT PRIMARY KEY,
        cny_per_unit REAL NOT NULL CHECK (cny_per_unit > 0),
        as_of TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL DEFAULT 'estimate'
    )""",
    "CREATE INDEX hosts_platform_handle ON hosts(platform, handle)",
)

# v3 (reach model v2): what the brand bought (dedicated show or slot, brand minutes on air), a lineage id per
# session for its random shocks, the campaign's own product figures, and festival tier / platforms / peak hours.
# Old session types: a KOL-hosted show (达播) is a slot in a multi-brand show; store and self broadcasts
# (店播 / 自播) are dedicated shows.
V3_MIGRATION: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN brand_minutes REAL CHECK (brand_minutes IS NULL OR brand_minutes > 0)",
    "ALTER TABLE sessions ADD COLUMN lineage INTEGER",
    "UPDATE sessions SET lineage = id",
    "UPDATE sessions SET session_type = 'slot' WHERE session_type = 'kol'",
    "UPDATE sessions SET session_type = 'dedicated' WHERE session_type IN ('store', 'self')",
    "ALTER TABLE campaigns ADD COLUMN avg_order_value REAL CHECK (avg_order_value IS NULL OR avg_order_value > 0)",
    "ALTER TABLE campaigns ADD COLUMN conversion_rate REAL "
    "CHECK (conversion_rate IS NULL OR conversion_rate BETWEEN 0 AND 1)",
    "ALTER TABLE campaigns ADD COLUMN return_rate REAL CHECK (return_rate IS NULL OR return_rate BETWEEN 0 AND 1)",
    "ALTER TABLE festivals ADD COLUMN tier TEXT NOT NULL DEFAULT 'major'",
    "ALTER TABLE festivals ADD COLUMN platforms TEXT NOT NULL DEFAULT 'all'",
    "ALTER TABLE festivals ADD COLUMN peak_hours TEXT NOT NULL DEFAULT ''",
    "UPDATE festivals SET tier = 'holiday' WHERE kind = 'holiday'",
    "ALTER TABLE session_actuals ADD COLUMN read_on TEXT",  # the date actual results were read
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (V1_SCHEMA, V2_MIGRATION, V3_MIGRATION)
CURRENT_VERSION = len(MIGRATIONS)

# v4: the plan's history — every change, when, what (the edit's label), which records, and the edit and its
# inverse as JSON (never pickle), written in the same transaction as the change (storage/history.py).
V4_MIGRATION: tuple[str, ...] = (
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        label TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'app',
        kind TEXT NOT NULL DEFAULT '',
        records TEXT NOT NULL DEFAULT '{}',
        before TEXT NOT NULL DEFAULT 'null',
        after TEXT NOT NULL DEFAULT 'null'
    )""",
    "CREATE INDEX history_at ON history(at)",
)

MIGRATIONS = (*MIGRATIONS, V4_MIGRATION)
CURRENT_VERSION = len(MIGRATIONS)
