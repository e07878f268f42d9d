import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { batchRow, batchRows, findBatch, replaceBatch } from "./batch";

const file = { name: "一括申請.csv", encoding: "shift_jis" as const, templateKey: "N" };
const rows = (n: number, bad: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({
    rowNo: i + 1,
    values: { nameRoman: `APPLICANT ${i + 1}` },
    problems: bad.includes(i + 1) ? [{ key: "sex", header: "身分事項_性別", message: "requiredChoice" }] : [],
  }));

test("一括申請 batch: a new upload replaces the kept one whole; rows are their owner's alone", async () => {
  const prisma = createPrismaClient();
  try {
    const me = await makeUser(prisma);
    const other = await makeUser(prisma);
    await replaceBatch(prisma, me.id, "bulk-coe", file, rows(5, [2, 4]));
    const first = await findBatch(prisma, me.id, "bulk-coe");
    assert.deepEqual([first?.total, first?.toCheck], [5, 2]);
    const check = await batchRows(prisma, first!.id, { toCheck: true });
    assert.deepEqual(
      check.rows.map((r) => r.rowNo),
      [2, 4],
    );
    await replaceBatch(prisma, me.id, "bulk-coe", { ...file, name: "new.csv" }, rows(2));
    const second = await findBatch(prisma, me.id, "bulk-coe");
    assert.deepEqual([second?.fileName, second?.total, second?.toCheck], ["new.csv", 2, 0]);
    assert.equal(await prisma.bulkRow.count({ where: { batchId: first!.id } }), 0, "the old rows are gone");
    assert.equal((await batchRow(prisma, me.id, "bulk-coe", 2))?.values.nameRoman, "APPLICANT 2");
    assert.equal(await batchRow(prisma, me.id, "bulk-coe", 3), null);
    assert.equal(await batchRow(prisma, other.id, "bulk-coe", 1), null);
    assert.equal(await batchRow(prisma, me.id, "bulk-change", 1), null);
    assert.equal(await findBatch(prisma, other.id, "bulk-coe"), null);
  } finally {
    await prisma.$disconnect();
  }
});
