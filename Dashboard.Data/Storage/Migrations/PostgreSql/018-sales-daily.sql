-- The sales totals of every day, per month, practice and category, kept exact inside every import, replace, undo and
-- removal, as sales_monthly is (Imports/Sales/SalesAggregates.cs, SalesDaily.cs): the first figures of a period that cuts
-- through a month read that month's day totals here, some 2,300 rows at docs/prestaties.md#sectorschaal, instead of
-- summing its ~220,000 raw sales rows (BENCHMARKS.md, "A period that cuts through months"). One row a month, not a day:
-- an import writes some 11,000 rows per million sales rows instead of 260,000 (Storage/DayTotalsCodec.cs says how days
-- holds them). Keyed by month first: a month is one range of the key. The sales already stored are summed into it
-- by the code that runs with this migration (Storage/SalesDailyFill.cs): bytes cannot be made in SQL.
-- No foreign key, as on PostgreSQL's sales: only the importer adds rows, with practice ids it has just resolved; removing a
-- practice's sales removes its rows here by practice id.
CREATE TABLE sales_daily (
    month        TEXT NOT NULL,
    practice_id  BIGINT NOT NULL,
    category     TEXT NOT NULL,
    days         BYTEA NOT NULL,
    PRIMARY KEY (month, practice_id, category)
);
