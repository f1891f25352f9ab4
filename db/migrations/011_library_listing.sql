-- Opening the library lists every document and every witness's header, never their bytes or texts
-- (bench/library-10k.ts: 10,000 documents).
--
-- 1. In the witnesses table the headers sit behind each original and reading text, so reading a witness's
--    metadata walked its original's overflow pages (190 MB for that bench). This index holds the header
--    columns and answers the listing from its own pages, at the cost of a copy of each small header.
CREATE INDEX witnesses_headers ON witnesses (document_id, position, id, file_name, source, label, sha256, part, encoding, meta_json, created_at);

-- 2. The library's order (db/repositories/documents.ts: undated last, then date, title, creation), kept
--    by an index rather than sorted afresh at each opening.
CREATE INDEX documents_in_library_order ON documents (
  json_extract(meta_json, '$.date') IS NULL, json_extract(meta_json, '$.date'), title, created_at, id
);
