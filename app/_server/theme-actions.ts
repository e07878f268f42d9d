"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { THEME_COOKIE, parseTheme } from "@/lib/theme/themes";
import { safeReturnPath } from "@/lib/security/return-path";
import { secureCookies } from "@/lib/security/cookies";

/** Sets the theme cookie server-side (works without JavaScript) and returns to the same page. */
export async function setTheme(formData: FormData) {
  const theme = parseTheme(formData.get("theme"));
  const store = await cookies();
  store.set(THEME_COOKIE, theme, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
  });
  redirect(safeReturnPath(formData.get("returnTo")));
}
