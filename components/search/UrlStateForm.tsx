"use client";
import { useEffect, useRef, type FormHTMLAttributes } from "react";

/**
 * A GET form whose controls show the URL's state. The server renders them from the URL, but on
 * Back and Forward the browser brings back what was typed before leaving (form restoration, or
 * the page kept whole in the back/forward cache): reset the controls to the URL's values then.
 */
export function UrlStateForm(props: FormHTMLAttributes<HTMLFormElement>) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = ref.current;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type === "back_forward") form?.reset();
    const onShow = (e: PageTransitionEvent) => e.persisted && form?.reset();
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);
  return <form ref={ref} method="get" autoComplete="off" {...props} />;
}
