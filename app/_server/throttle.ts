import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/security/client-address";
import { mailRequestOverLimit } from "@/lib/security/throttle";

/** For the mail-sending forms: the message to show when this request is over a limit, else null. */
export async function mailThrottleMessage(locale: string, form: string, address: string): Promise<string | null> {
  if (!(await mailRequestOverLimit(db(), form, address, clientAddress(await headers())))) return null;
  return (await getTranslations({ locale, namespace: "form" }))("throttled");
}
