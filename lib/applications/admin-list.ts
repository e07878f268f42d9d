import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { parseListQuery, submittedBetween, type ListQuery, type QueryErrors } from "./list";

export const STATUSES = [
  "WAITING",
  "SUBMITTED",
  "EXAMINING",
  "RETURNED",
  "AWAITING_ISSUE",
  "COMPLETED",
  "REJECTED",
] as const;
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
  const text = q.related.normalize("NFKC").trim();
  if (text)
    and.push({
      OR: [
        { referenceNo: text },
        { provisionalNo: text },
        { receiptNo: text },
        { values: { path: ["nameRoman"], string_contains: text.toUpperCase() } },
        { user: { organizationName: { contains: text } } },
        { user: { nameRoman: { contains: text.toUpperCase() } } },
      ],
    });
  if (q.code) and.push({ procedureCode: q.code });
  if (q.status) and.push({ status: q.status as (typeof STATUSES)[number] });
  and.push(...submittedBetween(q, errors));
  const where = { AND: and };
  const total = await prisma.application.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / q.size));
  const page = Math.min(q.page, pageCount);
  const rows = await prisma.application.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * q.size,
    take: q.size,
    include: { user: { select: { nameRoman: true, organizationName: true, loginId: true } } },
  });
  return { rows, total, page, pageCount };
}
