import { criteria } from "./criteria";

// 試験結果: what the axe matrix and Lighthouse found, per screen and per success criterion.
// Recorded by the e2e run (ScanRecord), gathered by `npm run a11y:results` into results.json.

/** Where the e2e run leaves its records (gitignored). */
export const RECORD_DIR = ".a11y-results";

/** axe's verdict on one rule, and so on a criterion: the worst of its rules. */
export type Outcome = "failed" | "incomplete" | "passed" | "inapplicable";
const WORST_FIRST: Outcome[] = ["failed", "incomplete", "passed", "inapplicable"];
export const worst = (outcomes: Outcome[]): Outcome | undefined => WORST_FIRST.find((o) => outcomes.includes(o));

/** One axe scan of one screen in one locale and theme: each rule's outcome and its criteria. */
export type ScanRecord = {
  name: string;
  path: string;
  locale: string;
  theme: string;
  at: string;
  axe: string;
  browser: string;
  rules: Record<string, [Outcome, string[]]>;
};

export type ScreenResult = {
  name: string;
  path: string;
  page: string;
  pageHash: string;
  testedAt: string;
  locales: string[];
  themes: string[];
  scans: number;
  /** Each criterion some rule decided on this screen. */
  outcomes: Record<string, Outcome>;
};

export type LighthouseResult = {
  name: string;
  path: string;
  accessibility: number;
  bestPractices: number;
  performance: number;
};

export type Results = {
  testedAt: string;
  tools: { axe: string; browser: string; lighthouse?: string };
  /** The axe rules that test each criterion. */
  rules: Record<string, string[]>;
  screens: ScreenResult[];
  lighthouse?: { testedAt: string; screens: LighthouseResult[] };
};

/** One screen's scans folded into its result; `page`/`pageHash` say which page file they describe. */
export function screenResult(scans: ScanRecord[], page: string, pageHash: string): ScreenResult {
  const byCriterion = new Map<string, Outcome[]>();
  for (const scan of scans)
    for (const [outcome, ids] of Object.values(scan.rules))
      for (const id of ids) byCriterion.set(id, [...(byCriterion.get(id) ?? []), outcome]);
  const order = criteria.map((c) => c.id);
  const outcomes = Object.fromEntries(
    [...byCriterion].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([id, list]) => [id, worst(list)!]),
  );
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    name: scans[0].name,
    path: scans[0].path,
    page,
    pageHash,
    testedAt: scans
      .map((s) => s.at)
      .sort()
      .at(-1)!,
    locales: uniq(scans.map((s) => s.locale)),
    themes: uniq(scans.map((s) => s.theme)),
    scans: scans.length,
    outcomes,
  };
}

/** A criterion across every screen: the worst outcome, or "manual" when no rule decides it. */
export type Verdict = Outcome | "manual";
export function criterionVerdict(results: Results, id: string): Verdict {
  if (!results.rules[id]?.length) return "manual";
  return worst(results.screens.map((s) => s.outcomes[id]).filter((o) => o !== undefined)) ?? "inapplicable";
}

/** A screen's overall result: failed if any criterion failed, incomplete if any needs a look. */
export const screenVerdict = (screen: ScreenResult): Outcome => worst(Object.values(screen.outcomes)) ?? "inapplicable";
