-- Candidate search runs in the database (src/domain/candidates/search.ts): the folded keywords
-- (src/domain/candidates/search-keywords.ts) joined into one text, matched by substring through a
-- trigram GIN index and ranked by trigram word similarity. Hand-written: Prisma's schema has no
-- way to declare an extension, a function or an expression index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE, but over text[] it cannot change: an IMMUTABLE wrapper may be indexed.
CREATE OR REPLACE FUNCTION candidate_search_text(keywords text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string(keywords, ' ') $$;

CREATE INDEX "Candidate_search_trgm_idx" ON "Candidate" USING gin (candidate_search_text("searchKeywords") gin_trgm_ops);
