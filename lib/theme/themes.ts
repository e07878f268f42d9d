// 配色変更 (§2.1): the four colour schemes of Japanese public sites, for low-vision users.
export const themes = ["standard", "blue", "yellow", "black"] as const;
export type Theme = (typeof themes)[number];
export const THEME_COOKIE = "theme";
export const DEFAULT_THEME: Theme = "standard";

export function parseTheme(value: unknown): Theme {
  return typeof value === "string" && (themes as readonly string[]).includes(value) ? (value as Theme) : DEFAULT_THEME;
}
