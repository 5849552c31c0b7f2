-- The searchable text becomes a stored column, computed by the database once per write, so a
-- search no longer joins every candidate's keyword array for every row it reads. Hand-written:
-- Prisma's schema cannot declare a generated column. schema.prisma declares it `@ignore`d with a
-- `dbgenerated` default equal to its expression, so the next authored migration leaves it alone.
-- (No semicolons in comments: on PostgreSQL the script is split at every one.)
ALTER TABLE "Candidate" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (candidate_search_text("searchKeywords")) STORED;

DROP INDEX "Candidate_search_trgm_idx";
CREATE INDEX "Candidate_searchText_trgm_idx" ON "Candidate" USING gin ("searchText" gin_trgm_ops);
