import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/app/sign-up-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <Card>
      <h1 className="mb-6 text-2xl font-semibold">Create an account</h1>
      <SignUpForm />
      <p className="mt-6 text-sm text-slate-700">
        Already have an account? <Link href="/signin" className="font-medium text-brand-700 underline">Sign in</Link>
      </p>
    </Card>
  );
}
