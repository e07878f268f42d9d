import { getTranslations } from "next-intl/server";

/** Pager (最初へ 前へ 1 2 … 次へ 最後へ) as links, so the page lives in the URL. */
export async function Pager({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pager");
  const windowStart = Math.max(1, Math.min(page - 2, pageCount - 4));
  const numbers = Array.from({ length: Math.min(5, pageCount) }, (_, i) => windowStart + i);
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-4 px-2";
  const edge = (target: number, label: string, disabled: boolean) =>
    disabled ? (
      <span className={`${item} text-muted`} aria-disabled="true">
        {label}
      </span>
    ) : (
      <a href={href(target)} className={item}>
        {label}
      </a>
    );
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1">
        <li>{edge(1, t("first"), page === 1)}</li>
        <li>{edge(page - 1, t("prev"), page === 1)}</li>
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
              <a
                href={href(n)}
                aria-current="page"
                className={`${item} bg-primary font-bold text-on-primary no-underline visited:text-on-primary`}
              >
                <span className="sr-only">{t("page", { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </a>
            ) : (
              <a href={href(n)} className={item}>
                <span className="sr-only">{t("page", { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </a>
            )}
          </li>
        ))}
        <li>{edge(page + 1, t("next"), page === pageCount)}</li>
        <li>{edge(pageCount, t("last"), page === pageCount)}</li>
      </ul>
    </nav>
  );
}
