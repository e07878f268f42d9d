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

function publishedNotices(prisma: PrismaClient, locale: string, now: Date, skip: number, take: number) {
  return prisma.notice.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    include: { translations: { where: { locale: { in: localeFallbacks(locale) } } } },
  });
}

const views = (rows: Awaited<ReturnType<typeof publishedNotices>>, locale: string) =>
  rows.map((n) => toView(n, locale)).filter((n): n is NoticeView => n !== null);

/** Published notices, newest first (§1.5 みなさまへのお知らせ). */
export async function listNotices(
  prisma: PrismaClient,
  locale: string,
  { page = 1, pageSize = 10, now = new Date() } = {},
) {
  const [total, rows] = await Promise.all([
    prisma.notice.count({ where: { publishedAt: { lte: now } } }),
    publishedNotices(prisma, locale, now, (page - 1) * pageSize, pageSize),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / pageSize)), items: views(rows, locale) };
}

/** The newest published notices, for the top page (no count: it links to the full list). */
export async function latestNotices(prisma: PrismaClient, locale: string, take: number, now = new Date()) {
  return views(await publishedNotices(prisma, locale, now, 0, take), locale);
}

export async function getNotice(prisma: PrismaClient, id: string, locale: string, now = new Date()) {
  if (!isRecordId(id)) return null;
  const n = await prisma.notice.findFirst({
    where: { id, publishedAt: { lte: now } },
    include: { translations: true },
  });
  return n ? toView(n, locale) : null;
}
