import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatJstMinute } from "@/lib/i18n/dates";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { now } from "@/lib/clock";
import { pageSizes, parseSearch, searchHref, searchProcedures, sorts } from "@/lib/procedures/search";
import { Pager } from "@/components/ui/Pager";
import { UrlStateForm } from "@/components/search/UrlStateForm";

export const generateMetadata = titleFrom("procedures");

const sortLabel = { acceptDesc: "sortAcceptDesc", acceptAsc: "sortAcceptAsc", name: "sortName" } as const;

// オンライン申請手続き (§4.1, §8.1): a GET form, so the search lives in the URL and Back works.
export default async function ProceduresPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const query = new URLSearchParams(
    Object.entries(sp).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  await requireUser(locale, `/${locale}/procedures${query ? `?${query}` : ""}`);
  const t = await getTranslations("procedures");
  const state = parseSearch(sp);
  const result = searchProcedures(locale, state);
  const current = { ...state, page: result.page };
  const dt = (d: Date) => formatJstMinute(d, locale);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="search-heading" className="panel mt-6 p-5">
        <h2 id="search-heading" className="text-xl font-bold">
          {t("searchHeading")}
        </h2>
        <p className="text-muted">{t("asOf", { time: dt(now()) })}</p>
        <UrlStateForm
          key={query}
          action={`/${locale}/procedures`}
          role="search"
          aria-labelledby="search-heading"
          className="mt-3"
        >
          <label htmlFor="q" className="font-bold">
            {t("keyword")}
          </label>
          <p id="q-hint" className="text-muted">
            {t("keywordHint")}
          </p>
          <div className="mt-1 flex flex-wrap gap-3">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={state.q}
              aria-describedby="q-hint"
              className="min-h-12 w-full max-w-md rounded-8 border-2 border-control-border bg-canvas px-3 text-ink"
            />
            <button type="submit" className="btn btn-primary">
              {t("search")}
            </button>
          </div>
          <label className="mt-3 flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="synonyms"
              value="1"
              defaultChecked={state.synonyms}
              className="size-6 accent-current"
            />
            {t("synonyms")}
          </label>
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <div>
              <label htmlFor="sort" className="block font-bold">
                {t("sort")}
              </label>
              <select
                id="sort"
                name="sort"
                defaultValue={state.sort}
                className="mt-1 min-h-12 rounded-8 border-2 border-control-border bg-canvas px-3 text-ink"
              >
                {sorts.map((s) => (
                  <option key={s} value={s}>
                    {t(sortLabel[s])}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="size" className="block font-bold">
                {t("size")}
              </label>
              <select
                id="size"
                name="size"
                defaultValue={String(state.size)}
                className="mt-1 min-h-12 rounded-8 border-2 border-control-border bg-canvas px-3 text-ink"
              >
                {pageSizes.map((n) => (
                  <option key={n} value={n}>
                    {t("sizeOption", { size: n })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn-secondary">
              {t("apply")}
            </button>
          </div>
        </UrlStateForm>
      </section>

      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-xl font-bold">
          {t("listHeading")}
        </h2>
        <p role="status" className="mt-1 font-bold">
          {t("resultCount", { count: result.total })}
        </p>
        {result.total === 0 ? (
          <div className="mt-3">
            <p>{t("noResults", { q: state.q })}</p>
            <p className="mt-1">{t("noResultsHint")}</p>
            <p className="mt-3">
              <a href={`/${locale}/procedures`}>{t("clear")}</a>
            </p>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-rule border-y border-rule">
            {result.items.map((p) => (
              <li key={p.code} className="py-3">
                <h3 className="text-lg font-bold">
                  <a href={`/${locale}/procedures/${p.code}`}>{p.name}</a>
                </h3>
                <p className="text-muted">
                  {t("acceptFrom")}: <time dateTime={p.acceptFrom.toISOString()}>{dt(p.acceptFrom)}</time>
                  {" / "}
                  {t("acceptUntil")}:{" "}
                  {p.acceptUntil ? (
                    <time dateTime={p.acceptUntil.toISOString()}>{dt(p.acceptUntil)}</time>
                  ) : (
                    t("anytime")
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pager page={result.page} pageCount={result.pageCount} href={(n) => searchHref(locale, current, { page: n })} />
      </section>
    </>
  );
}
