import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** generateMetadata for a page whose <title> is one message. */
export function titleFrom(namespace: string, key = "title") {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(key) };
  };
}
