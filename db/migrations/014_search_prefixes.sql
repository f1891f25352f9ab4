-- A prefix query (`ko*`) reads a prefix index instead of every word that starts so. Without one, FTS5
-- gathers the whole list of every such word before it can give the newest match, which grows with the
-- library: `ko*` took 405 ms on a busy machine at 100,000 documents (bench/archive-scale.ts), where a
-- whole word took 30. Prefixes of two and three characters are indexed (a longer one starts fewer
-- words); it costs the texts' and notes' indexes about their size again. FTS5 takes its options only
-- when a table is made, so both are made anew from the rows they mirror, as 005 did: the triggers of
-- 007 and 012 name the tables, not their identity, and keep them up to date as they are.

DROP TABLE witness_text;

-- As in 001, with the prefixes. Rows in the witnesses' order, so that the newest stay last (a search
-- ranks the newest matches).
CREATE VIRTUAL TABLE witness_text USING fts5 (
  witness_id UNINDEXED,
  text,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO witness_text (witness_id, text)
SELECT id, reading_text FROM witnesses ORDER BY rowid;

DROP TABLE annotation_text;

-- As in 005, with the prefixes.
CREATE VIRTUAL TABLE annotation_text USING fts5 (
  annotation_id UNINDEXED,
  quote,
  note,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO annotation_text (rowid, annotation_id, quote, note)
SELECT n, id, coalesce(quote_exact, ''), note FROM annotations;
