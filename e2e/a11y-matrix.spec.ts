import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { matrix, allLocales, themes, logIn, demoUser } from "./support/matrix";

// Every screen × locale × theme, rendered by the server from the theme cookie, scanned with axe:
// all WCAG A/AA rules in the standard theme, the colour rules again in the other three.
for (const screen of matrix) {
  for (const locale of screen.locales ?? allLocales) {
    test(`axe: ${screen.name} [${locale}] in every theme`, async ({ page, context, baseURL }) => {
      await screen.setup?.();
      if (screen.auth || screen.user) {
        const who = screen.user ?? demoUser;
        await logIn(page, who.loginId, who.password, locale);
        await expect(page).toHaveURL(new RegExp(`/${locale}/mypage$`));
      }
      for (const theme of themes) {
        await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
        await page.goto(`/${locale}${screen.path === "/" ? "" : screen.path}`);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await screen.prepare?.(page);
        await expectNoAxeViolations(page, `${screen.path} [${locale}, ${theme}]`, { colourOnly: theme !== "standard" });
      }
    });
  }
}
