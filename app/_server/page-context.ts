import { cookies, headers } from "next/headers";
import { THEME_COOKIE, parseTheme } from "@/lib/theme/themes";

/** What every page needs from the request: the theme cookie and the current path (set by proxy.ts). */
export async function pageContext() {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return {
    theme: parseTheme(c.get(THEME_COOKIE)?.value),
    returnPath: h.get("x-return-path") ?? "/",
  };
}
