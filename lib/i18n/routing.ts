import { defineRouting } from "next-intl/routing";

export const locales = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "es", "vi", "tl"] as const;
export type Locale = (typeof locales)[number];

/** Each language in its own name (§1.6). */
export const localeNames: Record<Locale, string> = {
  ja: "日本語",
  en: "English",
  "zh-Hans": "中文(简体字)",
  "zh-Hant": "中文(繁体字)",
  ko: "한국어",
  es: "Español",
  vi: "Tiếng Việt",
  tl: "Tagalog",
};

export const LOCALE_COOKIE = "NEXT_LOCALE";

// The service's default language is Japanese: "/" follows the user's earlier choice (cookie,
// handled in proxy.ts), never the browser's Accept-Language guess.
export const routing = defineRouting({
  locales,
  defaultLocale: "ja",
  localePrefix: "always",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Splits "/en/notices?page=2" into the locale and the rest ("/notices?page=2"). */
export function splitLocalePath(path: string): { locale: Locale | null; rest: string } {
  const m = /^\/([^/?#]+)(.*)$/.exec(path);
  if (m && isLocale(m[1])) return { locale: m[1], rest: m[2] || "/" };
  return { locale: null, rest: path || "/" };
}

/** "/notices" → "/en/notices". Plain links: a full page load announces the new page to screen readers. */
export function localeHref(locale: string, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/** From the 申込 screen onward (SCREENS.md), and in the back office, only ja and en exist. */
export const jaEnLocales = ["ja", "en"] as const satisfies readonly Locale[];
export function isJaEnOnly(rest: string): boolean {
  return /^\/procedures\/[^/]+\/(apply|bulk)(\/|$)|^\/applications\/[^/]+\/correct(\/|$)|^\/admin(\/|$)/.test(
    rest.split("?")[0],
  );
}
/** The query flag that tells a ja/en-only screen it was reached from another language. */
export const FROM_LOCALE_PARAM = "from";
