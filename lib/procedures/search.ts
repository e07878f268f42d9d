import { procedures, type LocalizedText, type ProcedureDef } from "./catalog";
import { expand, normalizeForSearch } from "./synonyms";

export const sorts = ["acceptDesc", "acceptAsc", "name"] as const;
export const pageSizes = [10, 20, 50] as const;
export type Sort = (typeof sorts)[number];
export type SearchState = { q: string; synonyms: boolean; sort: Sort; size: number; page: number };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The search lives in the URL (shareable, Back works); unknown values fall back to defaults. */
export function parseSearch(sp: Params): SearchState {
  const sort = one(sp.sort) as Sort;
  const size = Number(one(sp.size));
  const page = Number(one(sp.page));
  return {
    q: one(sp.q).slice(0, 200),
    synonyms: one(sp.synonyms) === "1",
    sort: sorts.includes(sort) ? sort : "acceptDesc",
    size: (pageSizes as readonly number[]).includes(size) ? size : 10,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function searchHref(locale: string, s: SearchState, patch: Partial<SearchState> = {}): string {
  const n = { ...s, ...patch };
  const q = new URLSearchParams();
  if (n.q) q.set("q", n.q);
  if (n.synonyms) q.set("synonyms", "1");
  if (n.sort !== "acceptDesc") q.set("sort", n.sort);
  if (n.size !== 10) q.set("size", String(n.size));
  if (n.page !== 1) q.set("page", String(n.page));
  const qs = q.toString();
  return `/${locale}/procedures${qs ? `?${qs}` : ""}`;
}

/** A text in the reader's language, else English, else Japanese. */
export function localized(text: LocalizedText, locale: string): string {
  return text[locale] ?? text.en ?? text.ja;
}

export function findProcedure(code: string): ProcedureDef | undefined {
  return procedures.find((p) => p.code === code);
}

/** 同時申請 only: filed with a 変更, 更新 or 取得, never on their own, so not in the catalog. */
const simultaneousNames: Record<string, LocalizedText> = {
  reentry: {
    ja: "再入国許可申請",
    en: "Application for Re-entry Permit",
    "zh-Hans": "再入国许可申请",
    "zh-Hant": "再入國許可申請",
    ko: "재입국허가 신청",
    es: "Solicitud de permiso de reingreso",
    vi: "Đơn xin giấy phép tái nhập cảnh",
    tl: "Aplikasyon para sa Re-entry Permit",
  },
  "extra-activity": {
    ja: "資格外活動許可申請",
    en: "Application for Permission to Engage in Activity Other than That Permitted",
    "zh-Hans": "资格外活动许可申请",
    "zh-Hant": "資格外活動許可申請",
    ko: "자격외활동허가 신청",
    es: "Solicitud de permiso para actividades distintas de las autorizadas",
    vi: "Đơn xin phép hoạt động ngoài tư cách lưu trú",
    tl: "Aplikasyon para sa Pahintulot sa Gawaing Labas sa Pinahihintulutan",
  },
};

/** Every procedure an application can be of, with its names (手続き名 search of 申込一覧). */
export function allProcedureNames(): { code: string; names: LocalizedText }[] {
  return [
    ...procedures.map((p) => ({ code: p.code, names: p.name })),
    ...Object.entries(simultaneousNames).map(([code, names]) => ({ code, names })),
  ];
}

/** The name of any procedure an application can have, in the reader's language. */
export function procedureName(code: string, locale: string): string {
  const text = findProcedure(code)?.name ?? simultaneousNames[code];
  return text ? localized(text, locale) : code;
}

/**
 * キーワードで探す (§8.1): space-separated words must all match (AND) the name, description or
 * keywords, in the reader's language or Japanese; 類義語検索 lets each word match its synonyms.
 */
export function searchProcedures(locale: string, s: SearchState) {
  const words = normalizeForSearch(s.q).split(/\s+/).filter(Boolean);
  const matches = procedures.filter((p) => {
    const hay = normalizeForSearch(
      [locale, "ja"]
        .flatMap((l) => [p.name[l], p.description[l], p.keywords[l]])
        .filter(Boolean)
        .join(" "),
    );
    return words.every((w) => (s.synonyms ? expand(w) : [w]).some((v) => hay.includes(v)));
  });
  const collator = new Intl.Collator(locale);
  const sorted = [...matches].sort((a, b) => {
    if (s.sort === "name") return collator.compare(localized(a.name, locale), localized(b.name, locale));
    const d = new Date(a.acceptFrom).getTime() - new Date(b.acceptFrom).getTime();
    return s.sort === "acceptAsc" ? d : -d;
  });
  const pageCount = Math.max(1, Math.ceil(sorted.length / s.size));
  const page = Math.min(s.page, pageCount);
  return {
    total: sorted.length,
    page,
    pageCount,
    items: sorted.slice((page - 1) * s.size, page * s.size).map((p) => ({
      code: p.code,
      name: localized(p.name, locale),
      acceptFrom: new Date(p.acceptFrom),
      acceptUntil: p.acceptUntil ? new Date(p.acceptUntil) : null,
    })),
  };
}
