import Link from "next/link";
import { SiteHeader } from "@/components/app/site-header";
import { buttonClass } from "@/components/ui/button";
import { getSessionUser } from "@/server/auth/session-user";

const features = [
  { title: "Cited questions from your documents", body: "Flashcards, cloze, multiple choice, true/false and typed answers, generated offline, each one quoting the sentence it came from." },
  { title: "Spaced repetition that fits you", body: "FSRS schedules every review, and its parameters are fitted to your own history once you have enough of it." },
  { title: "Classes and quizzes", body: "Instructors assign timed quizzes with attempt rules, then read the gradebook and item analysis, or export them as CSV." },
];

export default async function LandingPage() {
  const user = await getSessionUser();
  return (
    <>
      <SiteHeader>
        <nav aria-label="Account" className="flex gap-2">
          {user ? (
            <Link href="/dashboard" className={buttonClass("primary", "sm")}>Dashboard</Link>
          ) : (
            <>
              <Link href="/signin" className={buttonClass("ghost", "sm")}>Sign in</Link>
              <Link href="/signup" className={buttonClass("primary", "sm")}>Sign up</Link>
            </>
          )}
        </nav>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-6xl px-4 py-16">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Study what your sources actually say.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700">
          Quizwright turns course documents into question sets that cite their source, schedules your reviews with
          spaced repetition, and gives instructors quizzes and score tracking in one place.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={user ? "/dashboard" : "/signup"} className={buttonClass("primary", "lg")}>
            {user ? "Go to your dashboard" : "Create a free account"}
          </Link>
          {!user && <Link href="/signin" className={buttonClass("secondary", "lg")}>I already have an account</Link>}
        </div>
        <ul className="mt-16 grid gap-6 sm:grid-cols-3">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="font-semibold text-slate-900">{feature.title}</h2>
              <p className="mt-2 text-sm text-slate-700">{feature.body}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
