import { getTranslations } from "next-intl/server";
import { messageRefs } from "@/lib/forms/engine";
import type { FormDefinition } from "@/lib/forms/types";

/** A definition's message-key texts in this request's language, for the form on the page. */
export async function formTexts(def: FormDefinition): Promise<Record<string, string>> {
  const t = await getTranslations();
  return Object.fromEntries(messageRefs(def).map((k) => [k, t(k as never)]));
}
