import { localeHref } from "@/lib/i18n/routing";
import { getFormatter, getLocale } from "next-intl/server";
import type { NoticeView } from "@/lib/notices/notices";

export async function NoticeList({ items, headingLevel = 3 }: { items: NoticeView[]; headingLevel?: 2 | 3 }) {
  const format = await getFormatter();
  const locale = await getLocale();
  const H = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((n) => (
        <li key={n.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-6">
          <time dateTime={n.publishedAt.toISOString()} className="shrink-0 text-muted sm:w-44">
            {format.dateTime(n.publishedAt, { year: "numeric", month: "long", day: "numeric" })}
          </time>
          <H className="font-normal" lang={n.lang}>
            <a href={localeHref(locale, `/notices/${n.id}`)}>{n.title}</a>
          </H>
        </li>
      ))}
    </ul>
  );
}
