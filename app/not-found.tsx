import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="mt-2 text-slate-700">It may have been moved or deleted, or the link has a typo.</p>
      <Link href="/dashboard" className={`${buttonClass("primary")} mt-6`}>Back to your dashboard</Link>
    </main>
  );
}
