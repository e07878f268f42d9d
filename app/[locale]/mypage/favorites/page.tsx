import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatJstMinute } from "@/lib/i18n/dates";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { db } from "@/lib/db/client";
import { listFavorites } from "@/lib/procedures/favorites";
import { localized } from "@/lib/procedures/search";
import { unfavorite } from "../../procedures/actions";

export const generateMetadata = titleFrom("favorites");

// お気に入り手続き一覧 (§9.2): removal is confirmed on the page (?remove=code).
export default async function FavoritesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ remove?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/mypage/favorites`);
  const t = await getTranslations("favorites");
  const tp = await getTranslations("procedures");
  const items = await listFavorites(db(), me.id);
  const removing = (await searchParams).remove;
  const self = `/${locale}/mypage/favorites`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {items.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-rule border-y border-rule">
          {items.map((p) => (
            <li key={p.code} className="py-3">
              <h2 className="text-lg font-bold">
                <a href={`/${locale}/procedures/${p.code}`}>{localized(p.name, locale)}</a>
              </h2>
              <p className="text-muted">
                {tp("acceptFrom")}: {formatJstMinute(new Date(p.acceptFrom), locale)} / {tp("acceptUntil")}:{" "}
                {tp("anytime")}
              </p>
              {removing === p.code ? (
                <div className="panel mt-2 p-3">
                  <p>{tp("favoriteRemoveConfirm")}</p>
                  <form action={unfavorite.bind(null, locale, p.code, self)} className="mt-2 flex flex-wrap gap-4">
                    <a href={self} className="btn btn-secondary">
                      {tp("back")}
                    </a>
                    <button type="submit" className="btn btn-primary">
                      {tp("favoriteRemove")}
                    </button>
                  </form>
                </div>
              ) : (
                <a href={`${self}?remove=${p.code}`} className="mt-2 inline-flex min-h-11 items-center">
                  <span aria-hidden="true">⊗&nbsp;</span>
                  {t("remove")}
                  <span className="sr-only">: {localized(p.name, locale)}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        <a href={`/${locale}/mypage`}>‹ {t("backToMypage")}</a>
      </p>
    </>
  );
}
