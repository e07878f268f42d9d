// 一括申請: the time to read a 300-applicant file (decode, parse, normalise and validate every row,
// as アップロードする does), in Shift_JIS and UTF-8, and the process's peak memory. Filing time is
// added with the filing step (issue 12).
import { performance } from "node:perf_hooks";
import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import { templateFor } from "../lib/bulk/templates";
import { readBulkFile } from "../lib/bulk/read";
import { csvColumns, rowOf } from "../lib/forms/csv";
import { normalize } from "../lib/forms/engine";
import { engineerCoeN } from "../lib/forms/definitions/residence/examples";

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
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
