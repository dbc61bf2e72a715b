"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps the cookie `qw-tz` (minutes east of UTC) in step with the browser's time zone so server-rendered study pages
 * count days in the student's local time. By default refreshes the page once when it changed; the study session
 * passes `refresh={false}` (a refresh mid-answer would be worse than one page load counted in UTC, and the session's
 * own queue requests send the offset anyway).
 */
export function TimeZoneCookie({ current, refresh = true }: { current: number | null; refresh?: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const offset = -new Date().getTimezoneOffset();
    if (current === offset) return;
    document.cookie = `qw-tz=${offset}; path=/; max-age=31536000; samesite=lax`;
    if (refresh) router.refresh();
  }, [current, refresh, router]);
  return null;
}
