import { getRequestConfig } from "next-intl/server";
import { routing, isLocale } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // The service runs on Japan time; every date shown is JST whatever the reader's clock says.
    timeZone: "Asia/Tokyo",
  };
});
