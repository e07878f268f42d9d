import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "./db/client";
import { checkHealth, JOB_LATE_MS } from "./health";

test("health is 200 with the database up, and counts the jobs due, late and given up", async () => {
  const prisma = createPrismaClient();
  try {
    const before = await checkHealth(prisma);
    assert.equal(before.status, 200);
    assert.equal(before.body.database, "up");
    const key = `health:${Date.now()}`;
    await prisma.job.createMany({
      data: [
        { kind: "health", key: `${key}:late`, payload: {}, runAt: new Date(Date.now() - JOB_LATE_MS - 60_000) },
        { kind: "health", key: `${key}:failed`, payload: {}, status: "FAILED" },
      ],
    });
    const r = await checkHealth(prisma);
    await prisma.job.deleteMany({ where: { key: { startsWith: key } } });
    assert.equal(r.status, 200);
    const jobs = (b: typeof r.body) => ("jobs" in b ? b.jobs : undefined)!;
    assert.equal(jobs(r.body).late, jobs(before.body).late + 1);
    assert.equal(jobs(r.body).due, jobs(before.body).due + 1);
    assert.equal(jobs(r.body).failed, jobs(before.body).failed + 1);
  } finally {
    await prisma.$disconnect();
  }
});

test("health is 503 when the database cannot be reached", async () => {
  const prisma = createPrismaClient("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2");
  try {
    const r = await checkHealth(prisma, 2000);
    assert.equal(r.status, 503);
    assert.deepEqual(r.body, { status: "unavailable", database: "down" });
  } finally {
    await prisma.$disconnect();
  }
});
