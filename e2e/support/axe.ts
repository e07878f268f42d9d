import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";
import { recordScan, type ScanOf } from "./a11y-record";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// The only WCAG A/AA rules whose outcome depends on colours. A theme changes nothing but colours
// (the server renders the same markup with another data-theme), so the other themes rerun these.
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Scans the page with axe-core (WCAG 2.2 A/AA) and fails with a readable list of violations.
 * `record` keeps the outcome of every rule for the published test results.
 */
export async function expectNoAxeViolations(
  page: Page,
  label = page.url(),
  { colourOnly = false, record }: { colourOnly?: boolean; record?: ScanOf } = {},
) {
  const results = await runAxe(page, colourOnly);
  if (record) recordScan(record, page.context().browser()?.version() ?? "", results);
  const { violations } = results;
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(" "))
        .join("\n  ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * axe-core's own run in the page (legacy mode: our pages have no cross-origin frames), not
 * AxeBuilder's default, which finishes every scan in a new blank page. Once axe-core is in the
 * page, the colour rules of another theme run there again without injecting it anew.
 */
async function runAxe(page: Page, colourOnly: boolean): Promise<AxeResults> {
  if (colourOnly && (await page.evaluate(() => "axe" in window)))
    return page.evaluate(
      (rules) =>
        (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
          runOnly: { type: "rule", values: rules },
        }),
      COLOUR_RULES,
    );
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (colourOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(WCAG_TAGS);
  return builder.analyze();
}
