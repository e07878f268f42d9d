// The WCAG 2.2 level A and AA success criteria (4.1.1 Parsing is obsolete in 2.2), which JIS X
// 8341-3:2016's level AA (= WCAG 2.0 AA) is a subset of. Names are messages: wcag.<id with _>.

export type Level = "A" | "AA";
export type Criterion = { id: string; level: Level };

const A = (id: string): Criterion => ({ id, level: "A" });
const AA = (id: string): Criterion => ({ id, level: "AA" });

export const criteria: Criterion[] = [
  A("1.1.1"),
  A("1.2.1"),
  A("1.2.2"),
  A("1.2.3"),
  AA("1.2.4"),
  AA("1.2.5"),
  A("1.3.1"),
  A("1.3.2"),
  A("1.3.3"),
  AA("1.3.4"),
  AA("1.3.5"),
  A("1.4.1"),
  A("1.4.2"),
  AA("1.4.3"),
  AA("1.4.4"),
  AA("1.4.5"),
  AA("1.4.10"),
  AA("1.4.11"),
  AA("1.4.12"),
  AA("1.4.13"),
  A("2.1.1"),
  A("2.1.2"),
  A("2.1.4"),
  A("2.2.1"),
  A("2.2.2"),
  A("2.3.1"),
  A("2.4.1"),
  A("2.4.2"),
  A("2.4.3"),
  A("2.4.4"),
  AA("2.4.5"),
  AA("2.4.6"),
  AA("2.4.7"),
  AA("2.4.11"),
  A("2.5.1"),
  A("2.5.2"),
  A("2.5.3"),
  A("2.5.4"),
  AA("2.5.7"),
  AA("2.5.8"),
  A("3.1.1"),
  AA("3.1.2"),
  A("3.2.1"),
  A("3.2.2"),
  AA("3.2.3"),
  AA("3.2.4"),
  A("3.2.6"),
  A("3.3.1"),
  A("3.3.2"),
  AA("3.3.3"),
  AA("3.3.4"),
  A("3.3.7"),
  AA("3.3.8"),
  A("4.1.2"),
  AA("4.1.3"),
];

const known = new Set(criteria.map((c) => c.id));

/** The criterion an axe tag names ("wcag1410" → "1.4.10"), if it is one of ours. */
export function criterionOfTag(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
  const id = m && `${m[1]}.${m[2]}.${m[3]}`;
  return id && known.has(id) ? id : undefined;
}

/** The message key of a criterion's name. */
export const criterionKey = (id: string) => id.replaceAll(".", "_");

/**
 * End-to-end tests of ours that check a criterion beyond what axe can decide, named by spec file
 * and test title (a unit test keeps both real). `key` names the description in the messages.
 */
export const flowChecks = [
  {
    key: "tabOrder",
    criteria: ["2.1.1", "2.1.2", "2.4.1", "2.4.3", "2.4.7"],
    spec: "e2e/keyboard.spec.ts",
    test: "Tab from the top reaches the skip link first, then every control in order, each with a visible focus ring",
  },
  {
    key: "keyboardFlow",
    criteria: ["2.1.1", "2.1.2"],
    spec: "e2e/usage.spec.ts",
    test: "keyboard only: 利用申出 from the terms to 申込完了",
  },
  {
    key: "reflow",
    criteria: ["1.4.10"],
    spec: "e2e/foundation.spec.ts",
    test: "the page reflows at 320 px without horizontal scrolling",
  },
  {
    key: "timeout",
    criteria: ["2.2.1"],
    spec: "e2e/clock.spec.ts",
    test: "the idle-timeout dialog warns, extends, and the server ends an idle session",
  },
  {
    key: "errors",
    criteria: ["3.3.1", "3.3.3"],
    spec: "e2e/residence-v.spec.ts",
    test: "区分V answers that break its rules are refused on their step, in the summary and at the field",
  },
] as const;
