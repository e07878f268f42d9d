"use client";
import { useEffect, useRef } from "react";
import { useParams } from "next/navigation";
import { useClientStrings } from "@/components/ClientStrings";

// Never a stack trace: a localized message, a retry and a way home.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const s = useClientStrings("errors");
  const { locale } = useParams<{ locale: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = s.errorTitle;
    heading.current?.focus();
  }, [s]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {s.errorTitle}
      </h1>
      <p className="mt-4">{s.errorBody}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" className="btn btn-primary" onClick={reset}>
          {s.retry}
        </button>
        <a href={`/${locale}`} className="btn btn-secondary">
          {s.home}
        </a>
      </div>
    </>
  );
}
