import type { Metadata } from "next";
import { UploadDocumentForm } from "@/components/instructor/upload-document-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MAX_UPLOAD_BYTES } from "@/lib/content/extract-document-text";
import { instructorRoles, requirePageUser } from "@/server/auth/session-user";
import { listOwnedCourses } from "@/server/content/list-owned-courses";

export const metadata: Metadata = { title: "Upload a document" };

export default async function UploadDocumentPage() {
  const user = await requirePageUser(instructorRoles);
  const courses = await listOwnedCourses(user);
  return (
    <>
      <PageHeader
        title="Upload a document"
        description="Questions are generated from the document, each citing its source sentence. They stay drafts until you review and publish them."
      />
      <Card className="max-w-2xl">
        <UploadDocumentForm courses={courses.map((c) => ({ id: c.id, title: c.title }))} maxBytes={MAX_UPLOAD_BYTES} />
      </Card>
    </>
  );
}
