import { getTranslations, getFormatter } from "next-intl/server";
import { localeHref, type Locale } from "@/lib/i18n/routing";
import { LanguageMenu } from "./LanguageMenu";

export type HeaderUser = { name: string; lastLoginAt: Date | null };

/** Common header (§1.5): site name, Language, 手続き検索, 申請状況確認, and the login state. */
export async function SiteHeader({
  locale,
  returnPath,
  user,
  locales,
}: {
  locale: Locale;
  returnPath: string;
  user: HeaderUser | null;
  locales?: readonly Locale[];
}) {
  const t = await getTranslations("header");
  const tm = await getTranslations("meta");
  const format = await getFormatter();
  return (
    <header className="border-b-4 border-primary bg-canvas">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a
          href={localeHref(locale, "/")}
          className="text-ink no-underline visited:text-ink hover:underline"
          aria-label={t("homeLabel")}
        >
          <span className="block text-lg font-bold leading-snug sm:text-xl">{tm("siteName")}</span>
        </a>
        <nav aria-label={t("siteNav")}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <li>
              <LanguageMenu locale={locale} returnPath={returnPath} available={locales} />
            </li>
            <li>
              <a href={localeHref(locale, "/procedures")} className="inline-flex min-h-11 items-center font-bold">
                {t("procedureSearch")}
              </a>
            </li>
            <li>
              <a href={localeHref(locale, "/applications")} className="inline-flex min-h-11 items-center font-bold">
                {t("statusCheck")}
              </a>
            </li>
            {user ? (
              <>
                <li>
                  <a href={localeHref(locale, "/mypage")} className="inline-flex min-h-11 items-center font-bold">
                    {t("mypage")}
                  </a>
                </li>
                <li>
                  <a href={localeHref(locale, "/logout")} className="btn btn-secondary min-h-11 py-1">
                    {t("logout")}
                  </a>
                </li>
              </>
            ) : (
              <li>
                <a href={localeHref(locale, "/login")} className="btn btn-primary min-h-11 py-1">
                  {t("login")}
                </a>
              </li>
            )}
          </ul>
        </nav>
      </div>
      {user && (
        <dl className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 pb-2 text-sm text-muted">
          <div className="flex gap-2">
            <dt>{t("userName")}</dt>
            <dd className="font-bold text-ink" data-testid="header-user-name">
              {user.name}
            </dd>
          </div>
          <div className="flex gap-2">
            <dt>{t("lastLogin")}</dt>
            <dd className="text-ink">
              {user.lastLoginAt ? (
                <time dateTime={user.lastLoginAt.toISOString()}>
                  {format.dateTime(user.lastLoginAt, {
                    year: "numeric",
                    month: "2-digit",
                    day: "2-digit",
                    hour: "2-digit",
                    minute: "2-digit",
                  })}
                </time>
              ) : (
                t("lastLoginNone")
              )}
            </dd>
          </div>
        </dl>
      )}
    </header>
  );
}
