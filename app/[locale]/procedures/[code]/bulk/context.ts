import { notFound, redirect } from "next/navigation";
import { requireApplyContext } from "@/app/_server/guards";
import { isBulk } from "@/lib/bulk/templates";

export const bulkPath = (locale: string, code: string, rest = "") => `/${locale}/procedures/${code}/bulk${rest}`;

/**
 * The 一括申請 screens' context: a bulk procedure, the user, behind the same gate as 申込 (whose
 * screen explains a closed gate).
 */
export async function bulkContext(locale: string, code: string, rest: string) {
  const c = await requireApplyContext(locale, code, bulkPath(locale, code, rest));
  if (!isBulk(c.procedure.code)) notFound();
  if (c.gate !== "open") redirect(`/${locale}/procedures/${c.procedure.code}/apply`);
  return { ...c, code: c.procedure.code };
}
