// `npm run a11y:results [-- --fresh]`: gathers the last e2e run's axe records and Lighthouse's
// scores (either or both) into lib/accessibility/results.json, the published 試験結果. Screens the
// run did not scan keep their earlier result (with its date and page fingerprint, so a page changed
// since still fails the freshness check); --fresh drops them.
import fs from "node:fs";
import path from "node:path";
import { pageFileOf, pageFiles, pageHash } from "../lib/accessibility/pages";
import {
  RECORD_DIR,
  screenResult,
  type LighthouseResult,
  type Results,
  type ScanRecord,
  type ScreenResult,
} from "../lib/accessibility/results";

const OUT = "lib/accessibility/results.json";
const fresh = process.argv.includes("--fresh");

const read = (file: string) => fs.readFileSync(path.join(RECORD_DIR, file), "utf8");
const recordFiles = fs.existsSync(RECORD_DIR) ? fs.readdirSync(RECORD_DIR) : [];
const records: ScanRecord[] = recordFiles
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) =>
    read(f)
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ScanRecord),
  );
const lighthouse: { version: string; testedAt: string; screens: LighthouseResult[] } | undefined = recordFiles.includes(
  "lighthouse.json",
)
  ? JSON.parse(read("lighthouse.json"))
  : undefined;
const earlier: Results | undefined =
  !fresh && fs.existsSync(OUT) ? JSON.parse(fs.readFileSync(OUT, "utf8")) : undefined;
if (records.length === 0 && !(lighthouse && earlier)) {
  console.error(`No axe records in ${RECORD_DIR}/: run the matrix first (README, Accessibility statement).`);
  process.exit(1);
}

const files = pageFiles();
const groups = new Map<string, ScanRecord[]>();
const key = (s: { name: string; path: string }) => `${s.name}\n${s.path}`;
for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
const scanned: ScreenResult[] = [];
for (const scans of groups.values()) {
  const page = pageFileOf(scans[0].path, files);
  if (!page) {
    console.error(`No page file serves ${scans[0].path} (${scans[0].name}).`);
    process.exit(1);
  }
  scanned.push(screenResult(scans, page, pageHash(page)));
}
const scannedKeys = new Set(scanned.map(key));
const screens = [...(earlier?.screens ?? []).filter((s) => !scannedKeys.has(key(s))), ...scanned].sort(
  (a, b) => a.page.localeCompare(b.page) || a.name.localeCompare(b.name),
);

const rules: Record<string, Set<string>> = {};
for (const [id, list] of Object.entries(earlier?.rules ?? {})) rules[id] = new Set(list);
for (const r of records)
  for (const [rule, [, ids]] of Object.entries(r.rules)) for (const id of ids) (rules[id] ??= new Set()).add(rule);

const latest = records.length ? records.reduce((a, b) => (a.at > b.at ? a : b)) : undefined;
const results: Results = {
  testedAt: screens
    .map((s) => s.testedAt)
    .sort()
    .at(-1)!,
  tools: {
    axe: latest?.axe ?? earlier!.tools.axe,
    browser: latest?.browser ?? earlier!.tools.browser,
    lighthouse: lighthouse?.version ?? earlier?.tools.lighthouse,
  },
  rules: Object.fromEntries(
    Object.entries(rules)
      .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
      .map(([id, set]) => [id, [...set].sort()]),
  ),
  screens,
  lighthouse: lighthouse ? { testedAt: lighthouse.testedAt, screens: lighthouse.screens } : earlier?.lighthouse,
};
fs.writeFileSync(OUT, JSON.stringify(results, null, 1) + "\n");

const covered = new Set(screens.map((s) => s.page));
const missing = files.filter((f) => !covered.has(f));
console.log(
  `${OUT}: ${screens.length} screens (${scanned.length} from this run, ${records.length} scans), ${covered.size} of ${files.length} pages` +
    (lighthouse ? `; Lighthouse ${lighthouse.version} on ${lighthouse.screens.length} screens` : ""),
);
if (missing.length) console.log(`Pages with no result yet:\n  ${missing.join("\n  ")}`);
