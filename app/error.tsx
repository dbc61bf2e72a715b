"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">Nothing you saved was lost. Try again; if it keeps happening, reload the page.</p>
      <Button className="mt-6" onClick={reset}>Try again</Button>
    </main>
  );
}
