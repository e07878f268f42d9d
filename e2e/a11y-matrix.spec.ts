import { test, expect, type BrowserContext, type Cookie, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { matrix, allLocales, themes, logIn, demoUser, type MatrixScreen } from "./support/matrix";

// Every screen × locale, rendered by the server, scanned with axe: all WCAG A/AA rules in the
// standard theme, the colour rules again in the other three. Colours come from the theme and the
// components, not the language, so the three other themes are scanned in ja and en (the six other
// public locales run the full rules in the standard theme), and a 区分's screens, built from the
// same components as their procedure's, in ja only.
const themesFor = (screen: MatrixScreen, locale: string) =>
  locale === "ja" || (locale === "en" && !screen.name.includes("区分")) ? themes : (["standard"] as const);

// One login per user and worker: the session cookie is reused by that user's later screens.
const sessions = new Map<string, Cookie[]>();
async function signIn(page: Page, context: BrowserContext, who: { loginId: string; password: string }, locale: string) {
  const kept = sessions.get(who.loginId);
  if (kept) return context.addCookies(kept);
  await logIn(page, who.loginId, who.password, locale);
  await expect(page).toHaveURL(new RegExp(`/${locale}/mypage$`));
  sessions.set(who.loginId, await context.cookies());
}

/**
 * Another theme on the page as rendered: the server renders the same markup for every theme but
 * data-theme on <html> and the checked option of the 配色変更 form, so those two are what change.
 */
async function showTheme(page: Page, theme: string) {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
    const option = document.querySelector<HTMLInputElement>(`input[name="theme"][value="${t}"]`);
    if (option) option.checked = true;
  }, theme);
}

for (const screen of matrix) {
  for (const locale of screen.locales ?? allLocales) {
    test(`axe: ${screen.name} [${locale}]`, async ({ page, context }) => {
      await screen.setup?.();
      if (screen.auth || screen.user) await signIn(page, context, screen.user ?? demoUser, locale);
      await page.goto(`/${locale}${screen.path === "/" ? "" : screen.path}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", "standard");
      await screen.prepare?.(page);
      for (const theme of themesFor(screen, locale)) {
        if (theme !== "standard") await showTheme(page, theme);
        await expectNoAxeViolations(page, `${screen.path} [${locale}, ${theme}]`, {
          colourOnly: theme !== "standard",
          record: { name: screen.name, path: screen.path, locale, theme },
        });
      }
    });
  }
}
