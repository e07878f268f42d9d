import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../db/client";
import { overLimit } from "./throttle";

test("a limit holds under concurrent requests: exactly `limit` pass", async () => {
  const prisma = createPrismaClient();
  try {
    const key = `test:${randomBytes(6).toString("hex")}`;
    const results = await Promise.all(Array.from({ length: 12 }, () => overLimit(prisma, [{ key, limit: 5 }], 60)));
    // Counted after writing: under concurrency some that came within the limit may see later
    // writes too, but never more than 5 pass.
    assert.ok(results.filter((over) => !over).length <= 5);
    assert.equal(await overLimit(prisma, [{ key, limit: 5 }], 60), true);
  } finally {
    await prisma.$disconnect();
  }
});

test("buckets are separate, and one full bucket is enough to refuse", async () => {
  const prisma = createPrismaClient();
  try {
    const a = `test:a:${randomBytes(6).toString("hex")}`;
    const b = `test:b:${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < 3; i++) assert.equal(await overLimit(prisma, [{ key: a, limit: 3 }], 60), false);
    assert.equal(await overLimit(prisma, [{ key: b, limit: 3 }], 60), false);
    assert.equal(
      await overLimit(
        prisma,
        [
          { key: b, limit: 3 },
          { key: a, limit: 3 },
        ],
        60,
      ),
      true,
    );
  } finally {
    await prisma.$disconnect();
  }
});

test("events older than the window are removed as the bucket is used", async () => {
  const prisma = createPrismaClient();
  try {
    const key = `test:old:${randomBytes(6).toString("hex")}`;
    await prisma.rateEvent.create({ data: { bucket: key, at: new Date(Date.now() - 2 * 3_600_000) } });
    assert.equal(await overLimit(prisma, [{ key, limit: 1 }], 60), false);
    assert.equal(await prisma.rateEvent.count({ where: { bucket: key } }), 1);
  } finally {
    await prisma.$disconnect();
  }
});
