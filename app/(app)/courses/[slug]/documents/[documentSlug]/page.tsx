import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/server/auth/session-user";
import { getDocument } from "@/server/courses/get-document";
import { orNotFound } from "@/server/http/not-found-on-app-error";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: Promise<{ slug: string; documentSlug: string }> }) {
  const { slug, documentSlug } = await params;
  const user = await requirePageUser();
  const document = await orNotFound(getDocument(user, slug, documentSlug));
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/courses/${document.course.slug}`} className="text-brand-700 underline">← {document.course.title}</Link>
      </p>
      <PageHeader title={document.title} />
      {document.sections.map((section) => (
        <section key={section.id} id={`section-${section.id}`} className="mb-8">
          <h2 className="mb-2 text-lg font-semibold">{section.heading}</h2>
          <div className="space-y-3 whitespace-pre-line leading-7 text-slate-800">{section.text.replace(section.heading, "").trim()}</div>
        </section>
      ))}
    </article>
  );
}
