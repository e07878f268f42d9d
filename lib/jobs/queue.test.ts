import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../db/client";
import { enqueueJob, runDueJobs, JOB_MAX_ATTEMPTS, type JobHandler } from "./queue";

const key = () => `test:${randomBytes(6).toString("hex")}`;

test("a job enqueued twice under one key runs once, also with two runners at the same time", async () => {
  const prisma = createPrismaClient();
  try {
    const k = key();
    await enqueueJob(prisma, "count", k, { n: 1 }, new Date());
    await enqueueJob(prisma, "count", k, { n: 2 }, new Date());
    assert.equal(await prisma.job.count({ where: { key: k } }), 1);
    const seen: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      count: async (_tx, payload) => {
        seen.push(payload);
        await new Promise((r) => setTimeout(r, 50));
      },
    };
    await Promise.all([runDueJobs(prisma, handlers), runDueJobs(createPrismaClient(), handlers)]);
    assert.deepEqual(
      seen.filter((p) => (p as { n: number }).n === 1),
      [{ n: 1 }],
    );
    const job = await prisma.job.findUniqueOrThrow({ where: { key: k } });
    assert.equal(job.status, "DONE");
    await runDueJobs(prisma, handlers);
    assert.equal(seen.filter((p) => (p as { n: number }).n === 1).length, 1);
  } finally {
    await prisma.$disconnect();
  }
});

test("a failing job leaves no effects, is retried with backoff, and is kept as FAILED in the end", async () => {
  const prisma = createPrismaClient();
  try {
    const k = key();
    await enqueueJob(prisma, "fail", k, {}, new Date());
    const handlers: Record<string, JobHandler> = {
      fail: async (tx) => {
        // Written inside the job's transaction, so it is rolled back with the failure.
        await tx.job.create({ data: { kind: "side", key: `${k}:side`, payload: {} } });
        throw new Error("SMTP down");
      },
    };
    const before = Date.now();
    await runDueJobs(prisma, handlers);
    let job = await prisma.job.findUniqueOrThrow({ where: { key: k } });
    assert.equal(job.status, "PENDING");
    assert.equal(job.attempts, 1);
    assert.equal(job.lastError, "SMTP down");
    assert.ok(job.runAt.getTime() >= before + 29_000, "retried later, not at once");
    assert.equal(await prisma.job.count({ where: { key: `${k}:side` } }), 0);
    // Not due yet: nothing runs.
    await runDueJobs(prisma, handlers);
    assert.equal((await prisma.job.findUniqueOrThrow({ where: { key: k } })).attempts, 1);
    for (let i = 1; i < JOB_MAX_ATTEMPTS; i++) {
      await prisma.job.update({ where: { key: k }, data: { runAt: new Date() } });
      await runDueJobs(prisma, handlers);
    }
    job = await prisma.job.findUniqueOrThrow({ where: { key: k } });
    assert.equal(job.status, "FAILED");
    assert.equal(job.attempts, JOB_MAX_ATTEMPTS);
  } finally {
    await prisma.$disconnect();
  }
});
