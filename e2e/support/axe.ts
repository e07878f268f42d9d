import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
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
  const builder = new AxeBuilder({ page });
  if (colourOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(WCAG_TAGS);
  const results = await builder.analyze();
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
