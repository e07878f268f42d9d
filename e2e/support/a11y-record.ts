import fs from "node:fs";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { criterionOfTag } from "../../lib/accessibility/criteria";
import { RECORD_DIR, type Outcome, type ScanRecord } from "../../lib/accessibility/results";

// The matrix's scans, kept for the published 試験結果 (`npm run a11y:results` reads them).

/** Empties the record directory: a run's records are that run's alone. */
export function clearRecords() {
  fs.rmSync(RECORD_DIR, { recursive: true, force: true });
}

export type ScanOf = { name: string; path: string; locale: string; theme: string };

export function recordScan(scan: ScanOf, browser: string, results: AxeResults) {
  const rules: ScanRecord["rules"] = {};
  const add = (items: AxeResults["passes"], outcome: Outcome) => {
    for (const r of items) rules[r.id] = [outcome, r.tags.map(criterionOfTag).filter((c) => c !== undefined)];
  };
  add(results.inapplicable, "inapplicable");
  add(results.passes, "passed");
  add(results.incomplete, "incomplete");
  add(results.violations, "failed");
  const record: ScanRecord = {
    ...scan,
    at: results.timestamp,
    axe: results.testEngine.version,
    browser,
    rules,
  };
  fs.mkdirSync(RECORD_DIR, { recursive: true });
  fs.appendFileSync(path.join(RECORD_DIR, `axe-${process.pid}.jsonl`), JSON.stringify(record) + "\n");
}
