/** Absolute links for mails, from the configured public address (never from the request's Host). */
export function appUrl(path: string): string {
  const base = (process.env.APP_BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}

export const mailLocale = (locale: string) => (locale === "en" ? "en" : "ja");
