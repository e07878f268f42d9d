import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatJstMinute } from "@/lib/i18n/dates";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { draftTtlDays, userDrafts } from "@/lib/applications/draft-list";
import { procedureName } from "@/lib/procedures/search";
import { requireUser } from "@/app/_server/guards";
import { deleteDraft } from "./actions";

export const generateMetadata = titleFrom("drafts");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ remove?: string; deleted?: string }> };

// 入力途中の申込: the user's drafts, to continue on any device or to delete (confirmed on the page).
export default async function DraftsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const self = `/${locale}/mypage/drafts`;
  const { user } = await requireUser(locale, self);
  const drafts = await userDrafts(db(), user.id);
  const { remove, deleted } = await searchParams;
  const t = await getTranslations("drafts");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead", { days: draftTtlDays() })}</p>
      {deleted === "1" && (
        <p role="status" className="panel mt-6 p-4 font-bold">
          {t("deleted")}
        </p>
      )}
      {drafts.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule border-y border-rule" data-testid="drafts">
          {drafts.map((d) => {
            const name = procedureName(d.procedureCode, locale);
            return (
              <li key={d.id} className="py-4">
                <h2 className="text-lg font-bold">{name}</h2>
                <dl className="mt-1 grid gap-x-4 sm:grid-cols-[12rem_1fr]">
                  <dt className="font-bold">{t("applicant")}</dt>
                  <dd>{d.name || t("noName")}</dd>
                  <dt className="font-bold">{t("savedAt")}</dt>
                  <dd>{formatJstMinute(d.savedAt, locale)}</dd>
                  <dt className="font-bold">{t("expiresAt")}</dt>
                  <dd>{formatJstMinute(d.expiresAt, locale)}</dd>
                </dl>
                {remove === d.id ? (
                  <div className="panel mt-3 p-3">
                    <p className="font-bold">{t("confirm", { procedure: name })}</p>
                    <form action={deleteDraft.bind(null, locale, d.id)} className="mt-2 flex flex-wrap gap-4">
                      <a href={self} className="btn btn-secondary">
                        {t("keep")}
                      </a>
                      <button type="submit" className="btn btn-primary">
                        {t("delete")}
                      </button>
                    </form>
                  </div>
                ) : (
                  <p className="mt-3 flex flex-wrap gap-6">
                    <a href={`/${locale}/procedures/${d.procedureCode}/apply`} className="btn btn-primary">
                      {t("continue")}
                      <span className="sr-only">: {name}</span>
                    </a>
                    <a href={`${self}?remove=${d.id}`} className="inline-flex min-h-11 items-center">
                      {t("remove")}
                      <span className="sr-only">: {name}</span>
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-8">
        <a href={`/${locale}/mypage`}>‹ {t("backToMypage")}</a>
      </p>
    </>
  );
}
