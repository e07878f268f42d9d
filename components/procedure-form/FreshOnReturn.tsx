"use client";
import { Fragment, useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";

/**
 * The browser's Back and Forward show a page as it was first drawn; on a form in steps that would
 * show answers from before they were saved (and 次へ would save the old ones over them). Returning
 * to the page fetches it again, and the form is drawn anew when the saved draft has changed. The
 * first drawing keeps one key, so a post without JavaScript finds its form again.
 */
export function FreshOnReturn({ version, children }: { version: number; children: ReactNode }) {
  const router = useRouter();
  const [first] = useState(version);
  useEffect(() => {
    const refresh = () => setTimeout(() => router.refresh(), 0);
    const onShow = (e: PageTransitionEvent) => e.persisted && refresh();
    window.addEventListener("popstate", refresh);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("popstate", refresh);
      window.removeEventListener("pageshow", onShow);
    };
  }, [router]);
  return <Fragment key={version === first ? "first" : version}>{children}</Fragment>;
}
