"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps the cookie `qw-tz` (minutes east of UTC) in step with the browser's time zone so server-rendered study pages
 * count days in the student's local time; refreshes the page once when it changed.
 */
export function TimeZoneCookie({ current }: { current: number | null }) {
  const router = useRouter();
  useEffect(() => {
    const offset = -new Date().getTimezoneOffset();
    if (current === offset) return;
    document.cookie = `qw-tz=${offset}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [current, router]);
  return null;
}
