import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { parseListQuery, searchApplications } from "@/lib/applications/list";
import { historyScope } from "@/lib/applications/history";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { ApplicationSearch } from "@/components/applications/ApplicationSearch";
import { applyContext, applyPath } from "../context";
import { reuseApplication } from "./actions";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "history" });
  return { title: t("title") };
}

// 過去申込一覧 (§8.3): the user's applications of the last 2 years that can fill this form, searched
// as 申込一覧 is; 選択 fills the form.
export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply/history");
  const own = c.procedure.code;
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, own));
  const t = await getTranslations("history");
  const sp = await searchParams;
  const { query, errors } = parseListQuery(sp);
  const result = await searchApplications(db(), c.user.id, query, errors, locale, historyScope(own));
  const back = (
    <a href={applyPath(locale, own)} className="btn btn-secondary">
      <span aria-hidden="true">‹</span>
      {t("backToInput")}
    </a>
  );
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      <p className="mt-2">{t("lead")}</p>
      <p className="mt-2 font-bold">{t("replaceNote")}</p>
      {sp.error === "notFound" && (
        <p role="alert" className="panel mt-4 p-4 font-bold">
          {t("notFound")}
        </p>
      )}
      <p className="mt-4">{back}</p>
      <ApplicationSearch
        locale={locale}
        base={applyPath(locale, own, "/history")}
        query={query}
        errors={errors}
        result={result}
        empty={t("empty")}
        action={{
          header: t("colAction"),
          cell: (r, name) => (
            <form action={reuseApplication.bind(null, locale, own, r.id)}>
              <button type="submit" className="btn btn-secondary">
                {t("select")}
                <span className="sr-only">{t("selectNamed", { procedure: name, ref: r.referenceNo })}</span>
                <span aria-hidden="true">›</span>
              </button>
            </form>
          ),
        }}
      />
      <p className="mt-8">{back}</p>
    </>
  );
}
