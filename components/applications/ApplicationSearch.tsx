import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHref, PAGE_SIZES, SORTS, type ListQuery, type QueryErrors } from "@/lib/applications/list";
import { procedureName } from "@/lib/procedures/search";
import { now } from "@/lib/clock";
import { Pager } from "@/components/ui/Pager";
import { PageSizeForm } from "@/components/ui/PageSizeForm";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { Input, Select } from "@/components/ui/controls";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { FieldErrors } from "@/components/form/FieldErrors";
import { CalendarButton } from "@/components/form/CalendarButton";

export type ListedApplication = {
  id: string;
  referenceNo: string;
  provisionalNo: string | null;
  receiptNo: string | null;
  procedureCode: string;
  status: string;
  submittedAt: Date;
  /** Filed in a 一括申請. */
  bulkNo?: string | null;
  name: string;
};

type Props = {
  locale: string;
  /** The list's own address: the search, sorting and pages stay on it. */
  base: string;
  query: ListQuery;
  errors: QueryErrors;
  result: { rows: ListedApplication[]; total: number; page: number; pageCount: number };
  /** The last column (操作): its header and each row's control. */
  action: { header: string; cell: (row: ListedApplication, procedure: string) => ReactNode };
  /** Shown when nothing was ever filed (not when a search finds nothing). */
  empty: ReactNode;
};

/**
 * キーワードで探す, 並び替え, 表示数変更, the table and the pager of 申込一覧 (§7.1) and 過去申込一覧
 * (§8.3). All state is in the URL, so it works without JavaScript and a result can be bookmarked.
 */
export async function ApplicationSearch({ locale, base, query, errors, result, action, empty }: Props) {
  const { rows, total, page, pageCount } = result;
  const t = await getTranslations("applications");
  const st = await getTranslations("status");
  const format = await getFormatter();
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
        <p className="mt-4">{searched ? t("noMatch") : empty}</p>
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
            headers={[t("colProcedure"), t("colRelated"), t("colSubmitted"), t("colStatus"), action.header]}
          >
            {rows.map((r) => {
              const name = procedureName(r.procedureCode, locale);
              return (
                <tr key={r.id} className="border-b border-rule">
                  <td className="py-2 pr-4">
                    {name}
                    {r.bulkNo && <span className="mt-1 block font-bold">（{t("bulkMark")}）</span>}
                  </td>
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
                  <td className="py-2">{action.cell(r, name)}</td>
                </tr>
              );
            })}
          </ScrollTable>
          <Pager page={page} pageCount={pageCount} href={(n) => listHref(base, query, { page: n })} />
        </>
      )}
    </>
  );
}
