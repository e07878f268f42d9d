import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { parseListQuery, searchApplications } from "./list";
import { historyScope, pastApplication } from "./history";

const YEAR = 365 * 86_400_000;

test("過去申込一覧: the user's own applications of the last 2 years that can fill this form, and no others", async () => {
  const prisma = createPrismaClient();
  try {
    const me = await makeUser(prisma);
    const other = await makeUser(prisma);
    const ago = (ms: number) => new Date(Date.now() - ms);
    const coe = await makeApplication(prisma, me.id, { procedureCode: "coe", submittedAt: ago(YEAR) });
    const old = await makeApplication(prisma, me.id, { procedureCode: "coe", submittedAt: ago(2 * YEAR + 86_400_000) });
    const usage = await makeApplication(prisma, me.id, { procedureCode: "usage" });
    const theirs = await makeApplication(prisma, other.id, { procedureCode: "coe" });
    const { query, errors } = parseListQuery({});
    const listed = await searchApplications(prisma, me.id, query, errors, "ja", historyScope("change"));
    assert.deepEqual(
      listed.rows.map((r) => r.id),
      [coe.id],
    );
    assert.equal((await pastApplication(prisma, me.id, "change", coe.id))?.id, coe.id);
    for (const id of [old.id, usage.id, theirs.id])
      assert.equal(await pastApplication(prisma, me.id, "change", id), null, id);
    assert.equal((await pastApplication(prisma, me.id, "periodic-report", usage.id))?.id, usage.id);
  } finally {
    await prisma.$disconnect();
  }
});
