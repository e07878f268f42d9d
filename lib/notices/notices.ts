import { isRecordId } from "../security/ids";
import type { PrismaClient } from "../generated/prisma/client";

export type NoticeView = { id: string; publishedAt: Date; title: string; body: string; lang: string };

/** Readers of the other locales get English before Japanese when a notice has no translation. */
export function localeFallbacks(locale: string): string[] {
  return [...new Set([locale, locale === "ja" ? "ja" : "en", "ja", "en"])];
}

function pick<T extends { locale: string }>(translations: T[], locale: string): T | undefined {
  for (const l of localeFallbacks(locale)) {
    const t = translations.find((x) => x.locale === l);
    if (t) return t;
  }
  return translations[0];
}

function toView(
  n: { id: string; publishedAt: Date; translations: { locale: string; title: string; body: string }[] },
  locale: string,
): NoticeView | null {
  const t = pick(n.translations, locale);
  return t ? { id: n.id, publishedAt: n.publishedAt, title: t.title, body: t.body, lang: t.locale } : null;
}

/** Published notices, newest first (§1.5 みなさまへのお知らせ). */
export async function listNotices(
  prisma: PrismaClient,
  locale: string,
  { page = 1, pageSize = 10, now = new Date() } = {},
) {
  const where = { publishedAt: { lte: now } };
  const [total, rows] = await Promise.all([
    prisma.notice.count({ where }),
    prisma.notice.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { translations: { where: { locale: { in: localeFallbacks(locale) } } } },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((n) => toView(n, locale)).filter((n): n is NoticeView => n !== null),
  };
}

export async function getNotice(prisma: PrismaClient, id: string, locale: string, now = new Date()) {
  if (!isRecordId(id)) return null;
  const n = await prisma.notice.findFirst({
    where: { id, publishedAt: { lte: now } },
    include: { translations: true },
  });
  return n ? toView(n, locale) : null;
}
