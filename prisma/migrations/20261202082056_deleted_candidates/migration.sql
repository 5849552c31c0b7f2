-- CreateTable
CREATE TABLE "DeletedCandidate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "jobPositionId" UUID,
    "deletedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" VARCHAR(100),

    CONSTRAINT "DeletedCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletedCandidate_organizationId_deletedAt_idx" ON "DeletedCandidate"("organizationId", "deletedAt");

-- AddForeignKey
ALTER TABLE "DeletedCandidate" ADD CONSTRAINT "DeletedCandidate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
