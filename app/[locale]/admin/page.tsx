import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { adminHref, adminSearch, parseAdminQuery } from "@/lib/applications/admin-list";
import { STATUSES } from "@/lib/applications/states";
import { allProcedureNames, procedureName } from "@/lib/procedures/search";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { Input, Select } from "@/components/ui/controls";
import { Pager } from "@/components/ui/Pager";
import { FieldErrors } from "@/components/form/FieldErrors";
import { requireOfficer } from "@/app/_server/guards";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title") };
}

// Back office (ja/en): every application, searched by procedure, state, dates and one text box
// (整理番号, 受付仮番号, 受付番号, the applicant's name or the organization).
export default async function AdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOfficer(locale, `/${locale}/admin`);
  const t = await getTranslations("admin");
  const a = await getTranslations("applications");
  const st = await getTranslations("status");
  const format = await getFormatter();
  const { query, errors } = parseAdminQuery(await searchParams);
  const { rows, total, page, pageCount } = await adminSearch(db(), query, errors);
  const base = `/${locale}/admin`;
  const date = (k: "from" | "to") => (
    <div>
      <label htmlFor={`admin-${k}`} className="block font-bold">
        {a(k === "from" ? "dateFrom" : "dateTo")}
      </label>
      <FieldErrors id={`admin-${k}-error`} errors={errors[k] ? [a(errors[k])] : []} />
      <Input
        id={`admin-${k}`}
        name={k}
        defaultValue={query[k]}
        inputMode="numeric"
        width="short"
        maxLength={10}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={[errors[k] ? `admin-${k}-error` : "", "admin-date-hint"].filter(Boolean).join(" ")}
      />
    </div>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      <form method="get" action={base} role="search" aria-labelledby="admin-search" className="panel mt-6 p-5">
        <h2 id="admin-search" className="text-lg font-bold">
          {t("searchTitle")}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="admin-related" className="block font-bold">
              {t("searchText")}
            </label>
            <Input id="admin-related" name="related" defaultValue={query.related} maxLength={100} />
          </div>
          <div>
            <label htmlFor="admin-code" className="block font-bold">
              {t("searchProcedure")}
            </label>
            <Select id="admin-code" name="code" defaultValue={query.code}>
              <option value="">{t("any")}</option>
              {allProcedureNames().map((p) => (
                <option key={p.code} value={p.code}>
                  {procedureName(p.code, locale)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="admin-status" className="block font-bold">
              {t("colStatus")}
            </label>
            <Select id="admin-status" name="status" defaultValue={query.status}>
              <option value="">{t("any")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {st(s)}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <p id="admin-date-hint" className="mt-4 text-muted">
          {a("dateHint")}
        </p>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          {date("from")}
          {date("to")}
          <button type="submit" className="btn btn-primary">
            {a("search")}
          </button>
        </div>
      </form>
      <p role="status" className="mt-6 font-bold">
        {a("count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <div className="mt-2">
          <ScrollTable
            id="queue-caption"
            caption={t("tableCaption")}
            headers={[
              t("colReference"),
              t("colProcedure"),
              t("colSubmitted"),
              t("colApplicant"),
              t("colOrganization"),
              t("colStatus"),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-rule">
                <td className="py-2 pr-4">
                  <a href={`${base}/applications/${r.id}`} aria-label={t("open", { reference: r.referenceNo })}>
                    {r.referenceNo}
                  </a>
                </td>
                <td className="py-2 pr-4">{procedureName(r.procedureCode, locale)}</td>
                <td className="py-2 pr-4">
                  {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-2 pr-4">
                  {r.user.nameRoman}（{r.user.loginId}）
                </td>
                <td className="py-2 pr-4">{r.user.organizationName ?? "—"}</td>
                <td className="py-2">{st(r.status)}</td>
              </tr>
            ))}
          </ScrollTable>
          <Pager page={page} pageCount={pageCount} href={(n) => adminHref(base, query, n)} />
        </div>
      )}
    </>
  );
}
