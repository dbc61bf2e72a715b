"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A date shown in the reader's own time zone. The server renders it in UTC (it does not know the zone); the browser
 * replaces it with local time on hydration. `dateTime` carries the exact instant for assistive tech and tests.
 */
export function LocalTime({ iso, withSeconds = false }: { iso: string; withSeconds?: boolean }) {
  const local = useSyncExternalStore(
    subscribe,
    () => format(iso, undefined, withSeconds),
    () => `${format(iso, "UTC", withSeconds)} UTC`,
  );
  return <time dateTime={iso}>{local}</time>;
}

function format(iso: string, timeZone: string | undefined, withSeconds: boolean): string {
  return new Date(iso).toLocaleString("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(withSeconds ? { second: "2-digit" } : {}),
  });
}
