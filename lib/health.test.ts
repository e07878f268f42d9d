import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "./db/client";
import { checkHealth } from "./health";

test("health is 200 with the database up", async () => {
  const prisma = createPrismaClient();
  try {
    const r = await checkHealth(prisma);
    assert.equal(r.status, 200);
    assert.equal(r.body.database, "up");
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
