// The accessibility matrix: a screen joins it by adding its route here.
export const allLocales = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "es", "vi", "tl"] as const;
export const themes = ["standard", "blue", "yellow", "black"] as const;

export type MatrixScreen = {
  name: string;
  path: string;
  /** Defaults to all 8 locales (public screens); ja/en-only screens list ["ja", "en"]. */
  locales?: readonly string[];
  /** Optional steps after loading, e.g. submit the form empty to scan its error state. */
  prepare?: (page: import("@playwright/test").Page) => Promise<void>;
};

export const publicScreens: MatrixScreen[] = [
  { name: "top page", path: "/" },
  { name: "notices", path: "/notices" },
  { name: "notice (long)", path: "/notices/notice-2026-04-rules" },
  { name: "not found", path: "/no-such-page" },
];
