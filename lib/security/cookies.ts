/** Cookies are Secure whenever the service is served over HTTPS (APP_BASE_URL), as in production. */
export function secureCookies(): boolean {
  return (process.env.APP_BASE_URL ?? "").startsWith("https://");
}
