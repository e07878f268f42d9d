"use client";
import { createContext, useContext, type ReactNode } from "react";

// Translated strings that client components need, handed down by the server layout.
// A plain context instead of next-intl's client runtime keeps the ICU parser out of the bundle.
export type ClientStrings = Record<string, Record<string, string>>;

const Context = createContext<ClientStrings>({});

/** Nested providers add namespaces to the ones from above. */
export function ClientStringsProvider({ value, children }: { value: ClientStrings; children: ReactNode }) {
  const outer = useContext(Context);
  return <Context.Provider value={{ ...outer, ...value }}>{children}</Context.Provider>;
}

export function useClientStrings(namespace: string): Record<string, string> {
  return useContext(Context)[namespace] ?? {};
}
