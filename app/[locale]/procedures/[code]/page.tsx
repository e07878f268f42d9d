import { TermsRegion } from "@/components/TermsRegion";
import { bulkTemplates, isBulk } from "@/lib/bulk/templates";
import { TemplateDownload } from "@/components/bulk/TemplateDownload";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/app/_server/guards";
import { db } from "@/lib/db/client";
import { findProcedure, localized } from "@/lib/procedures/search";
import { isFavorite } from "@/lib/procedures/favorites";
import { procedureTerms } from "@/lib/procedures/terms";
import { acceptedStatuses } from "@/lib/procedures/statuses";
import { usageStatus } from "@/lib/applications/usage-status";
import { needsUsageApproval } from "@/lib/applications/gate";
import { UsageStatusNote } from "@/components/UsageStatusNote";
import { favorite, unfavorite } from "../actions";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ favorite?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const p = findProcedure(code);
  const t = await getTranslations({ locale, namespace: "procedures" });
  return { title: p ? `${localized(p.name, locale)} | ${t("detailTitle")}` : t("detailTitle") };
}

// 手続き説明 (§4.1, §9.2). Favourite changes are confirmed on the page itself (no JavaScript needed).
export default async function ProcedurePage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const p = findProcedure(code);
  if (!p) notFound();
  const { user: me } = await requireUser(locale, `/${locale}/procedures/${code}`);
  const t = await getTranslations("procedures");
  const format = await getFormatter();
  const fav = await isFavorite(db(), me.id, code);
  // Residence procedures need an approved 利用申出: say so before the user reads on.
  const usage = needsUsageApproval(p.kind) && me.role !== "OFFICER" ? await usageStatus(db(), me) : null;
  const confirming = (await searchParams).favorite === "confirm";
  const self = `/${locale}/procedures/${code}`;
  const termsLang = locale === "ja" ? "ja" : "en";
  const rows: [string, React.ReactNode][] = [
    [t("description"), localized(p.description, locale)],
    [
      t("period"),
      `${format.dateTime(new Date(p.acceptFrom), { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" })} ～ ${p.acceptUntil ? format.dateTime(new Date(p.acceptUntil), { year: "numeric", month: "long", day: "numeric" }) : t("anytime")}`,
    ],
    [t("contact"), localized(p.contact.name, locale)],
    [
      t("tel"),
      <a key="tel" href={`tel:${p.contact.tel.replace(/-/g, "")}`}>
        {p.contact.tel}
      </a>,
    ],
    [t("fax"), p.contact.fax ?? "—"],
    [
      t("mail"),
      p.contact.mail ? (
        <a key="mail" href={`mailto:${p.contact.mail}`}>
          {p.contact.mail}
        </a>
      ) : (
        "—"
      ),
    ],
    [
      t("downloads"),
      acceptedStatuses(code) ? (
        <div key="dl">
          <a href={`/api/procedures/${code}/statuses`} download>
            {t("statusListFile")}
          </a>
          {isBulk(code) && (
            <TemplateDownload
              action={`/api/procedures/${code}/bulk-template`}
              templates={bulkTemplates(code).map((x) => ({
                key: x.key,
                label: locale === "ja" ? x.label.ja : x.label.en,
              }))}
              labels={{
                title: t("bulkTemplate"),
                category: t("bulkTemplateCategory"),
                encoding: t("bulkTemplateEncoding"),
                utf8: t("bulkTemplateUtf8"),
                sjis: t("bulkTemplateSjis"),
                xlsx: t("bulkTemplateXlsx"),
                download: t("bulkTemplateDownload"),
              }}
            />
          )}
        </div>
      ) : (
        "—"
      ),
    ],
  ];
  return (
    <>
      <p className="text-muted">{t("detailTitle")}</p>
      <h1 className="text-2xl font-bold">{localized(p.name, locale)}</h1>
      <div className="mt-3">
        {confirming ? (
          <section aria-labelledby="fav-confirm" className="panel p-4">
            <h2 id="fav-confirm" className="font-bold">
              {fav ? t("favoriteRemoveTitle") : t("favoriteConfirmTitle")}
            </h2>
            <p className="mt-1">{fav ? t("favoriteRemoveConfirm") : t("favoriteConfirm")}</p>
            <form
              action={(fav ? unfavorite : favorite).bind(null, locale, code, self)}
              className="mt-3 flex flex-wrap gap-4"
            >
              <a href={self} className="btn btn-secondary">
                {t("back")}
              </a>
              <button type="submit" className="btn btn-primary">
                {fav ? t("favoriteRemove") : t("favoriteRegister")}
              </button>
            </form>
          </section>
        ) : (
          <a href={`${self}?favorite=confirm`} className="btn btn-secondary">
            {fav ? t("favoriteAdded") : t("favoriteAdd")}
          </a>
        )}
      </div>
      {usage && usage.state !== "approved" && <UsageStatusNote status={usage} locale={locale} />}
      <dl className="mt-6 divide-y divide-rule border-y border-rule">
        {rows.map(([k, v]) => (
          <div key={k} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h2 id="terms-heading" className="mt-8 text-xl font-bold">
        {t("termsHeading")}
      </h2>
      <TermsRegion label={t("termsRegion")} lang={termsLang} terms={procedureTerms(p.kind, termsLang)} />
      <p className="mt-4">{t("agreeNote")}</p>
      <p className="mt-1">{t("agreeLead")}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <a href={`/${locale}/procedures`} className="btn btn-secondary">
          ‹ {t("backToList")}
        </a>
        <a href={`/${locale}/procedures/${code}/${isBulk(code) ? "bulk" : "apply"}`} className="btn btn-primary">
          {t("agree")} ›
        </a>
      </div>
    </>
  );
}
