import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import en from "../../messages/en.json";
import { criteria, criterionKey, criterionOfTag, flowChecks } from "./criteria";
import { pageFileOf, pageFiles, pageHash } from "./pages";
import { published } from "./published";
import { criterionVerdict, screenResult, type Results, type ScanRecord } from "./results";

const files = pageFiles();
const P = (dir: string) => `app/[locale]/${dir}page.tsx`;

test("a URL resolves to the page file Next.js would serve: static before [param] before [...rest]", () => {
  assert.equal(pageFileOf("/", files), P(""));
  assert.equal(pageFileOf("/notices", files), P("notices/"));
  assert.equal(pageFileOf("/notices/notice-2026-04-rules", files), P("notices/[id]/"));
  assert.equal(pageFileOf("/register/complete", files), P("register/complete/"));
  assert.equal(pageFileOf("/register/abc", files), P("register/[token]/"));
  assert.equal(pageFileOf("/procedures/coe/apply?step=applicant", files), P("procedures/[code]/apply/"));
  assert.equal(pageFileOf("/procedures/bulk-coe/bulk/rows/2?added=x", files), P("procedures/[code]/bulk/rows/[row]/"));
  assert.equal(pageFileOf("/no-such-page/at/all", files), P("[...rest]/"));
});

test("a screen's scans fold into the worst outcome per criterion, and WCAG tags name criteria", () => {
  assert.equal(criterionOfTag("wcag1410"), "1.4.10");
  assert.equal(criterionOfTag("wcag213"), undefined, "AAA is not ours");
  assert.equal(criterionOfTag("wcag2aa"), undefined);
  const scan = (theme: string, rules: ScanRecord["rules"]): ScanRecord => ({
    name: "login",
    path: "/login",
    locale: "ja",
    theme,
    at: `2026-11-27T0${theme.length}:00:00.000Z`,
    axe: "4.14.1",
    browser: "1",
    rules,
  });
  const r = screenResult(
    [
      scan("standard", { "color-contrast": ["passed", ["1.4.3"]], "image-alt": ["inapplicable", ["1.1.1"]] }),
      scan("black", { "color-contrast": ["incomplete", ["1.4.3"]] }),
    ],
    P("login/"),
    "h",
  );
  assert.deepEqual(r.outcomes, { "1.1.1": "inapplicable", "1.4.3": "incomplete" });
  assert.deepEqual(r.themes, ["standard", "black"]);
  assert.equal(r.scans, 2);
  assert.equal(r.testedAt, "2026-11-27T08:00:00.000Z");
  const results: Results = {
    testedAt: r.testedAt,
    tools: { axe: "", browser: "" },
    rules: { "1.4.3": ["color-contrast"] },
    screens: [r],
  };
  assert.equal(criterionVerdict(results, "1.4.3"), "incomplete");
  assert.equal(criterionVerdict(results, "1.3.2"), "manual", "no rule decides it");
});

test("there are the 55 WCAG 2.2 A/AA criteria, each named in the messages", () => {
  assert.equal(criteria.length, 55);
  assert.equal(criteria.filter((c) => c.level === "A").length, 31);
  for (const c of criteria) assert.ok((en.wcag as Record<string, string>)[criterionKey(c.id)], c.id);
});

test("each end-to-end check the results cite exists under its title", () => {
  for (const f of flowChecks) {
    assert.ok(fs.readFileSync(f.spec, "utf8").includes(`test("${f.test}"`), `${f.spec}: ${f.test}`);
    for (const id of f.criteria)
      assert.ok(
        criteria.some((c) => c.id === id),
        id,
      );
  }
});

// The published 試験結果 must describe the pages as they are: rerun the matrix and
// `npm run a11y:results` after changing a page (README, Accessibility statement).
test("the published results cover every page, each as it is now", () => {
  const covered = new Set(published.screens.map((s) => s.page));
  assert.deepEqual(
    files.filter((f) => !covered.has(f)),
    [],
    "pages with no published result",
  );
  const stale = published.screens.filter((s) => !fs.existsSync(s.page) || s.pageHash !== pageHash(s.page));
  assert.deepEqual(
    stale.map((s) => `${s.page} (${s.name}, tested ${s.testedAt})`),
    [],
    "results recorded before their page changed",
  );
});
