import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-slate-700">It belongs to another role or another class. If you think you should see it, ask your instructor or an admin.</p>
      <Link href="/dashboard" className={`${buttonClass("primary")} mt-6`}>Back to your dashboard</Link>
    </main>
  );
}
