import { getRequestConfig } from "next-intl/server";
import { routing, isLocale } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const main = (await import(`../../messages/${locale}.json`)).default;
  // Screens from 申込 onward exist in ja and en only; their texts are kept apart (messages/jaen).
  const jaen = locale === "ja" || locale === "en" ? (await import(`../../messages/jaen/${locale}.json`)).default : {};
  return {
    locale,
    messages: { ...main, ...jaen },
    // The service runs on Japan time; every date shown is JST whatever the reader's clock says.
    timeZone: "Asia/Tokyo",
  };
});
