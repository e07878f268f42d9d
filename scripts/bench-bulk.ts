// 一括申請: the time to read a 300-applicant file (decode, parse, normalise and validate every row,
// as アップロードする does), in Shift_JIS and UTF-8; with DATABASE_URL set, the time to file the 300
// in one transaction (申込む), leaving that user, its applications and their due jobs behind, so
// point it at a throwaway database; and the process's peak memory.
import { performance } from "node:perf_hooks";
import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import { templateFor } from "../lib/bulk/templates";
import { readBulkFile } from "../lib/bulk/read";
import { csvColumns, rowOf } from "../lib/forms/csv";
import { normalize } from "../lib/forms/engine";
import { engineerCoeN } from "../lib/forms/definitions/residence/examples";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { LocalFileStore } from "../lib/files/storage";
import { fileBatch } from "../lib/bulk/file";
import { readyBatch } from "../tests/support/bulk";
import { makeUser } from "../tests/support/fixtures";

const def = templateFor("bulk-coe", "N")!.def;
const row = rowOf(def, normalize(def, engineerCoeN));
const csv = stringify([csvColumns(def).map((c) => c.header), ...Array.from({ length: 300 }, () => row)], {
  record_delimiter: "windows",
});
const files: [string, Uint8Array][] = [
  ["Shift_JIS", new Uint8Array(iconv.encode(csv, "cp932"))],
  ["UTF-8", new TextEncoder().encode(`\uFEFF${csv}`)],
];
console.log(`\n300 applicants, 区分N (${csvColumns(def).length} columns)`);
console.log(
  `${"file".padEnd(10)} ${"size".padStart(9)} ${"median".padStart(10)} ${"max".padStart(10)}  (target ≤ 500 ms)`,
);
for (const [name, bytes] of files) {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = readBulkFile("bulk-coe", bytes);
    times.push(performance.now() - t);
    if (!r.ok || r.rows.some((x) => x.problems.length)) throw new Error(`${name}: the file does not read clean`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(10)} ${`${(bytes.length / 1024).toFixed(0)} KB`.padStart(9)} ${`${times[3].toFixed(0)} ms`.padStart(10)} ${`${times[6].toFixed(0)} ms`.padStart(10)}`,
  );
}
if (process.env.DATABASE_URL) {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "bench-bulk-")));
  const user = await makeUser(prisma);
  const read = readBulkFile("bulk-coe", files[1][1]);
  if (!read.ok) throw new Error("the file does not read");
  await readyBatch(prisma, store, user.id, read.rows);
  const t = performance.now();
  const filed = await fileBatch(prisma, user, "bulk-coe");
  const ms = performance.now() - t;
  if (typeof filed !== "object" || filed.count !== 300) throw new Error(`filing failed: ${JSON.stringify(filed)}`);
  console.log(`filing 300 applications in one transaction: ${ms.toFixed(0)} ms  (target ≤ 2000 ms)`);
  await prisma.$disconnect();
} else console.log("filing: set DATABASE_URL to a migrated database to measure 申込む of 300 applications");
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
