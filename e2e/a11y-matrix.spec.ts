import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { matrix, allLocales, themes, logIn, demoUser, type MatrixScreen } from "./support/matrix";

// Every screen × locale, rendered by the server from the theme cookie, scanned with axe: all WCAG
// A/AA rules in the standard theme, the colour rules again in the other three. Colours come from
// the theme and the components, not the language, so the three other themes are scanned in ja and
// en (the six other public locales run the full rules in the standard theme), and a 区分's screens,
// built from the same components as their procedure's, in ja only.
const themesFor = (screen: MatrixScreen, locale: string) =>
  locale === "ja" || (locale === "en" && !screen.name.includes("区分")) ? themes : (["standard"] as const);

for (const screen of matrix) {
  for (const locale of screen.locales ?? allLocales) {
    test(`axe: ${screen.name} [${locale}]`, async ({ page, context, baseURL }) => {
      await screen.setup?.();
      if (screen.auth || screen.user) {
        const who = screen.user ?? demoUser;
        await logIn(page, who.loginId, who.password, locale);
        await expect(page).toHaveURL(new RegExp(`/${locale}/mypage$`));
      }
      for (const theme of themesFor(screen, locale)) {
        await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
        await page.goto(`/${locale}${screen.path === "/" ? "" : screen.path}`);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await screen.prepare?.(page);
        await expectNoAxeViolations(page, `${screen.path} [${locale}, ${theme}]`, {
          colourOnly: theme !== "standard",
          record: { name: screen.name, path: screen.path, locale, theme },
        });
      }
    });
  }
}
