import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { realDate } from "../forms/engine";
import { foldForSearch } from "../forms/option-search";
import { allProcedureNames } from "../procedures/search";

/** 表示数変更: rows per page the list offers. */
export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** 並び替え: 申込日時 降順 (newest first) or 昇順. */
export const SORTS = ["newest", "oldest"] as const;
export type Sort = (typeof SORTS)[number];

/** 申込一覧's キーワードで探す, 並び替え, 表示数変更 and page, as read from the URL. */
export type ListQuery = {
  related: string;
  procedure: string;
  from: string;
  to: string;
  sort: Sort;
  size: PageSize;
  page: number;
};
/** What a query's fields got wrong, as message keys of the "applications" messages. */
export type QueryErrors = Partial<Record<"from" | "to", string>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const LIMIT = 100;

/**
 * Reads the list's state from search params. Text is kept as typed (up to a length), numbers are
 * read as half-width, and dates are checked: a date that is not a real YYYYMMDD, or a range that
 * ends before it starts, is an error the page shows at the field; the search then ignores dates.
 */
export function parseListQuery(sp: Record<string, string | string[] | undefined>): {
  query: ListQuery;
  errors: QueryErrors;
} {
  const text = (k: string) =>
    one(sp[k])
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, LIMIT);
  const date = (k: string) => text(k).normalize("NFKC").replace(/[-/]/g, "");
  const size = Number(one(sp.size));
  const page = Number(one(sp.page));
  const query: ListQuery = {
    related: text("related"),
    procedure: text("procedure"),
    from: date("from"),
    to: date("to"),
    sort: (SORTS as readonly string[]).includes(one(sp.sort)) ? (one(sp.sort) as Sort) : "newest",
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : 20,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const errors: QueryErrors = {};
  if (query.from && !realDate(query.from)) errors.from = "dateInvalid";
  if (query.to && !realDate(query.to)) errors.to = "dateInvalid";
  if (!errors.from && !errors.to && query.from && query.to && query.from > query.to) errors.to = "dateOrder";
  return { query, errors };
}

/** The URL of the list with some of its state changed (a new search starts on page 1). */
export function listHref(base: string, q: ListQuery, change: Partial<ListQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  for (const k of ["related", "procedure", "from", "to"] as const) if (next[k]) params.set(k, next[k]);
  if (next.sort !== "newest") params.set("sort", next.sort);
  if (next.size !== 20) params.set("size", String(next.size));
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** 00:00 in Japan on a YYYYMMDD day: 申込日 is the day in Japan, wherever the server runs. */
const japanDay = (ymd: string, plusDays = 0) => {
  const d = new Date(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T00:00:00+09:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
};

/** 申込日 from–to as conditions; a date with an error is left out (the page shows the error). */
export function submittedBetween(q: ListQuery, errors: QueryErrors): Prisma.ApplicationWhereInput[] {
  return [
    ...(!errors.from && q.from ? [{ submittedAt: { gte: japanDay(q.from) } }] : []),
    ...(!errors.to && q.to ? [{ submittedAt: { lt: japanDay(q.to, 1) } }] : []),
  ];
}

/** 手続き名: every space-separated word must be in the name (in the reader's language or Japanese). */
function procedureCodes(words: string, locale: string): string[] | null {
  const list = foldForSearch(words).split(" ").filter(Boolean);
  if (!list.length) return null;
  return allProcedureNames()
    .filter(({ names }) => {
      const folded = [names[locale] ?? "", names.ja ?? ""].map(foldForSearch);
      return list.every((w) => folded.some((n) => n.includes(w)));
    })
    .map((p) => p.code);
}

/** 関連情報: an application's 整理番号, 受付仮番号 or 受付番号, or the applicant's name (英字) in it. */
export function numberOrName(typed: string): Prisma.ApplicationWhereInput[] {
  const text = typed.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (!text) return [];
  return [
    { referenceNo: text },
    { provisionalNo: text },
    { receiptNo: text },
    { values: { path: ["nameRoman"], string_contains: text.toUpperCase() } },
  ];
}

/** Where a page of results stands; a page past the last shows the last. */
export function pageWindow(total: number, size: number, wanted: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(wanted, pageCount);
  return { pageCount, page, skip: (page - 1) * size, take: size };
}

/** 申込一覧 (§7.1, §9.1): the user's own applications that match, a page of them, and how many. */
export async function searchApplications(
  prisma: PrismaClient,
  userId: string,
  query: ListQuery,
  errors: QueryErrors,
  locale: string,
  /** 過去申込一覧: only applications since a date, of some procedures. */
  scope: { since?: Date; codes?: string[] } = {},
) {
  const and: Prisma.ApplicationWhereInput[] = [{ userId }];
  if (scope.since) and.push({ submittedAt: { gte: scope.since } });
  if (scope.codes) and.push({ procedureCode: { in: scope.codes } });
  const related = numberOrName(query.related);
  if (related.length) and.push({ OR: related });
  const codes = procedureCodes(query.procedure, locale);
  if (codes) and.push({ procedureCode: { in: codes } });
  and.push(...submittedBetween(query, errors));
  const where = { AND: and };
  const total = await prisma.application.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, query.size, query.page);
  const rows = await prisma.application.findMany({
    where,
    orderBy: [{ submittedAt: query.sort === "newest" ? "desc" : "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      referenceNo: true,
      provisionalNo: true,
      receiptNo: true,
      procedureCode: true,
      status: true,
      submittedAt: true,
      bulkNo: true,
      values: true,
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(({ values, ...r }) => {
      const name = (values as Record<string, unknown>).nameRoman;
      return { ...r, name: typeof name === "string" ? name : "" };
    }),
  };
}
