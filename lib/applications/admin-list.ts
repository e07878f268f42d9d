import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { STATUSES, type Status } from "./states";
import { numberOrName, pageWindow, parseListQuery, submittedBetween, type ListQuery, type QueryErrors } from "./list";

const ADMIN_PAGE_SIZE = 20;

export type AdminQuery = ListQuery & { code: string; status: string };

/** The back office's search: 申込一覧's dates and paging, plus procedure, state and one text box. */
export function parseAdminQuery(sp: Record<string, string | string[] | undefined>): {
  query: AdminQuery;
  errors: QueryErrors;
} {
  const { query, errors } = parseListQuery(sp);
  const one = (k: string) => String((Array.isArray(sp[k]) ? sp[k][0] : sp[k]) ?? "").slice(0, 40);
  const status = one("status");
  return {
    query: {
      ...query,
      size: ADMIN_PAGE_SIZE,
      code: /^[a-z-]+$/.test(one("code")) ? one("code") : "",
      status: (STATUSES as readonly string[]).includes(status) ? status : "",
    },
    errors,
  };
}

export function adminHref(base: string, q: AdminQuery, page: number): string {
  const p = new URLSearchParams();
  for (const k of ["related", "code", "status", "from", "to"] as const) if (q[k]) p.set(k, q[k]);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

/** Every user's applications (officers only), newest first, filtered. */
export async function adminSearch(prisma: PrismaClient, q: AdminQuery, errors: QueryErrors) {
  const and: Prisma.ApplicationWhereInput[] = [];
  const related = numberOrName(q.related);
  // Officers also find an application by its filer: the staff member's name or organization.
  if (related.length) {
    const text = q.related.normalize("NFKC").trim();
    const filer = [{ organizationName: { contains: text } }, { nameRoman: { contains: text.toUpperCase() } }];
    and.push({ OR: [...related, ...filer.map((user) => ({ user }))] });
  }
  if (q.code) and.push({ procedureCode: q.code });
  if (q.status) and.push({ status: q.status as Status });
  and.push(...submittedBetween(q, errors));
  const where = { AND: and };
  const total = await prisma.application.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, q.size, q.page);
  const rows = await prisma.application.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    include: { user: { select: { nameRoman: true, organizationName: true, loginId: true } } },
  });
  return { rows, total, page, pageCount };
}
