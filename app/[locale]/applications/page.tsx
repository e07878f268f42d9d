import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/lib/i18n/metadata";
import { localeHref } from "@/lib/i18n/routing";
import { db } from "@/lib/db/client";
import { listHref, PAGE_SIZES, parseListQuery, searchApplications, SORTS } from "@/lib/applications/list";
import { procedureName } from "@/lib/procedures/search";
import { now } from "@/lib/clock";
import { requireUser } from "@/app/_server/guards";
import { Pager } from "@/components/ui/Pager";
import { PageSizeForm } from "@/components/ui/PageSizeForm";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { Input, Select } from "@/components/ui/controls";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { FieldErrors } from "@/components/form/FieldErrors";
import { CalendarButton } from "@/components/form/CalendarButton";
import { StatusMeanings } from "@/components/applications/StatusMeanings";

export const generateMetadata = titleFrom("applications");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[]>> };

// 申込一覧 (§7.1, §9.1): the user's own applications, searched, sorted and paged; all state in the URL,
// so the search works without JavaScript and a result can be bookmarked.
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/applications`);
  const { query, errors } = parseListQuery(await searchParams);
  const { rows, total, page, pageCount } = await searchApplications(db(), me.id, query, errors, locale);
  const t = await getTranslations("applications");
  const st = await getTranslations("status");
  const format = await getFormatter();
  const base = `/${locale}/applications`;
  const searched = !!(query.related || query.procedure || query.from || query.to);
  const fieldErrors = (k: "from" | "to") => (errors[k] ? [t(errors[k])] : []);
  const summary = (["from", "to"] as const)
    .filter((k) => errors[k])
    .map((k) => ({ field: k, label: t(k === "from" ? "dateFrom" : "dateTo"), message: t(errors[k]!) }));
  const dateInput = (k: "from" | "to") => (
    <div>
      <label htmlFor={`field-${k}`} className="block font-bold">
        {t(k === "from" ? "dateFrom" : "dateTo")}
      </label>
      <FieldErrors id={`field-${k}-error`} errors={fieldErrors(k)} />
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <Input
          id={`field-${k}`}
          name={k}
          defaultValue={query[k]}
          inputMode="numeric"
          autoComplete="off"
          width="short"
          maxLength={10}
          aria-invalid={errors[k] ? true : undefined}
          aria-describedby={[errors[k] ? `field-${k}-error` : "", "date-hint"].filter(Boolean).join(" ")}
        />
        <CalendarButton inputId={`field-${k}`} label={t(k === "from" ? "dateFrom" : "dateTo")} />
      </div>
    </div>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      <ErrorSummary items={summary} version={0} />
      <form method="get" action={base} role="search" aria-labelledby="search-title" className="panel mt-6 p-5">
        <h2 id="search-title" className="text-lg font-bold">
          {t("searchTitle")}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="field-related" className="block font-bold">
              {t("related")}
            </label>
            <p id="related-hint" className="text-muted">
              {t("relatedHint")}
            </p>
            <Input
              id="field-related"
              name="related"
              defaultValue={query.related}
              aria-describedby="related-hint"
              maxLength={100}
            />
          </div>
          <div>
            <label htmlFor="field-procedure" className="block font-bold">
              {t("procedure")}
            </label>
            <p id="procedure-hint" className="text-muted">
              {t("procedureHint")}
            </p>
            <Input
              id="field-procedure"
              name="procedure"
              defaultValue={query.procedure}
              aria-describedby="procedure-hint"
              maxLength={100}
            />
          </div>
        </div>
        <fieldset className="mt-4">
          <legend className="font-bold">{t("submittedOn")}</legend>
          <p id="date-hint" className="text-muted">
            {t("dateHint")}
          </p>
          <div className="mt-2 flex flex-wrap items-end gap-4">
            {dateInput("from")}
            <span aria-hidden="true" className="pb-3">
              ～
            </span>
            {dateInput("to")}
          </div>
        </fieldset>
        {query.sort !== "newest" && <input type="hidden" name="sort" value={query.sort} />}
        {query.size !== 20 && <input type="hidden" name="size" value={query.size} />}
        <p className="mt-4">
          <button type="submit" className="btn btn-primary">
            {t("search")}
            <span aria-hidden="true">›</span>
          </button>
        </p>
      </form>

      <p className="mt-6 text-muted">
        {t("asOf", { time: format.dateTime(now(), { dateStyle: "long", timeStyle: "short" }) })}
      </p>
      <p role="status" className="mt-2 font-bold">
        {t("count", { count: total })}
      </p>
      {total === 0 ? (
        <p className="mt-4">
          {searched ? t("noMatch") : t("empty")}{" "}
          {!searched && <a href={localeHref(locale, "/procedures")}>{t("toProcedures")}</a>}
        </p>
      ) : (
        <>
          <PageSizeForm
            action={base}
            keep={{ related: query.related, procedure: query.procedure, from: query.from, to: query.to }}
            sizes={PAGE_SIZES}
            size={query.size}
            label={t("size")}
            option={(n) => t("sizeOption", { n })}
            submit={t("applyView")}
          >
            <div>
              <label htmlFor="field-sort" className="block font-bold">
                {t("sort")}
              </label>
              <Select id="field-sort" name="sort" defaultValue={query.sort} width="medium">
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sort_${s}`)}
                  </option>
                ))}
              </Select>
            </div>
          </PageSizeForm>
          <ScrollTable
            id="applications-caption"
            caption={t("caption")}
            captionHidden
            headers={[t("colProcedure"), t("colRelated"), t("colSubmitted"), t("colStatus"), t("colDetail")]}
          >
            {rows.map((r) => {
              const name = procedureName(r.procedureCode, locale);
              return (
                <tr key={r.id} className="border-b border-rule">
                  <td className="py-2 pr-4">{name}</td>
                  <td className="py-2 pr-4">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                      <dt>{t("referenceNo")}:</dt>
                      <dd className="font-mono">{r.referenceNo}</dd>
                      {r.provisionalNo && (
                        <>
                          <dt>{t("provisionalNo")}:</dt>
                          <dd className="font-mono">{r.provisionalNo}</dd>
                        </>
                      )}
                      {r.receiptNo && (
                        <>
                          <dt>{t("receiptNo")}:</dt>
                          <dd className="font-mono">{r.receiptNo}</dd>
                        </>
                      )}
                      {r.name && (
                        <>
                          <dt>{t("name")}:</dt>
                          <dd>{r.name}</dd>
                        </>
                      )}
                    </dl>
                  </td>
                  <td className="py-2 pr-4">
                    {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="py-2 pr-4">{st(r.status)}</td>
                  <td className="py-2">
                    <a href={`${base}/${r.id}`}>
                      {t("detailLink")}
                      <span className="sr-only">
                        （{name} {r.referenceNo}）
                      </span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </ScrollTable>
          <Pager page={page} pageCount={pageCount} href={(n) => listHref(base, query, { page: n })} />
        </>
      )}
      <StatusMeanings />
    </>
  );
}
