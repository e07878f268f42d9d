/** Cookies are Secure whenever the service is served over HTTPS (APP_BASE_URL), as in production. */
export function secureCookies(): boolean {
  return (process.env.APP_BASE_URL ?? "").startsWith("https://");
}

/** Carries the new application's パスワード to 申込完了 once (short-lived, httpOnly). */
export const PASSWORD_FLASH_COOKIE = "apply-flash";

/** Carries the new 利用者ID to 利用者登録完了 once (it is also mailed). */
export const REGISTRATION_FLASH_COOKIE = "register-flash";

/** Carries what 添付する / 削除 did on the correction screen to the page it redirects to. */
export const CORRECTION_FLASH_COOKIE = "correct-flash";
