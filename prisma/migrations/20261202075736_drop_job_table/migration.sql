-- DropTable
DROP TABLE "Job";

-- DropEnum
DROP TYPE "JobKind";

-- DropEnum
DROP TYPE "JobStatus";
