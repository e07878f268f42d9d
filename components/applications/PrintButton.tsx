"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** 申込内容印刷: the browser's print dialog. Shown only once JavaScript runs (else: the browser's own print). */
export function PrintButton({ label }: { label: string }) {
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!ready) return null;
  return (
    <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
