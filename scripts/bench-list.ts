// 申込一覧 search on a large table: seeds 100,000 applications (one user holds 2,000 of them, the
// rest are spread over 98 others), then times searchApplications for each kind of search, 50 runs
// each, and prints p50/p95 (target p95 ≤ 100 ms). Needs DATABASE_URL (a throw-away database).
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db/client";
import { parseListQuery, searchApplications } from "../lib/applications/list";
import { makeUser } from "../tests/support/fixtures";

const TOTAL = Number(process.env.BENCH_ROWS ?? 100_000);
const prisma = createPrismaClient();
const users = [];
for (let i = 0; i < 99; i++) users.push(await makeUser(prisma));
const me = users[0];
const codes = ["coe", "change", "extension", "acquisition", "work-certificate", "usage"];
console.log(`seeding ${TOTAL} applications…`);
const t0 = performance.now();
await prisma.$executeRawUnsafe(
  `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "provisionalNo", "accessPasswordHash", "submittedAt", "updatedAt")
   SELECT 'bench-' || g, 'B' || lpad(g::text, 11, '0'), 'bench-' || g,
          CASE WHEN g % 50 = 0 THEN $1 ELSE ($2::text[])[1 + g % 98] END,
          ($3::text[])[1 + g % 6],
          jsonb_build_object('nameRoman', 'NAME ' || g),
          'SUBMITTED', 'P' || lpad((g * 7)::text, 11, '0'), 'x',
          timestamptz '2024-01-01' + (g || ' minutes')::interval, now()
   FROM generate_series(1, $4::int) g`,
  me.id,
  users.slice(1).map((u) => u.id),
  codes,
  TOTAL,
);
await prisma.$executeRawUnsafe(`ANALYZE "Application"`);
console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const cases: [string, Record<string, string>][] = [
  ["first page", {}],
  ["oldest, 50 a page", { sort: "oldest", size: "50" }],
  ["last page", { page: "999" }],
  ["受付仮番号", { related: `P${String(50 * 300 * 7).padStart(11, "0")}` }],
  ["氏名", { related: "name 15000" }],
  ["手続き名", { procedure: "在留 更新" }],
  ["申込日 from–to", { from: "20240115", to: "20240131" }],
];
console.log(`\n${"search".padEnd(22)} ${"rows".padStart(6)} ${"p50".padStart(10)} ${"p95".padStart(10)}`);
for (const [name, sp] of cases) {
  const { query, errors } = parseListQuery(sp);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    total = (await searchApplications(prisma, me.id, query, errors, "ja")).total;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(22)} ${String(total).padStart(6)} ${ms(times[24]).padStart(10)} ${ms(times[47]).padStart(10)}`,
  );
}
await prisma.application.deleteMany({ where: { id: { startsWith: "bench-" } } });
await prisma.$disconnect();
