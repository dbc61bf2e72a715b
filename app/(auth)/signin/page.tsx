import type { Metadata } from "next";
import Link from "next/link";
import { enabledOAuthProviders, signIn } from "@/auth";
import { SignInForm } from "@/components/app/sign-in-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <Card>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl?.startsWith("/") ? callbackUrl : undefined} />
      {enabledOAuthProviders.length > 0 && (
        <div className="mt-6 space-y-2 border-t border-slate-200 pt-6">
          {enabledOAuthProviders.map((provider) => (
            <form
              key={provider.id}
              action={async () => {
                "use server";
                await signIn(provider.id, { redirectTo: "/dashboard" });
              }}
            >
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {provider.name}
              </Button>
            </form>
          ))}
        </div>
      )}
      <p className="mt-6 text-sm text-slate-700">
        New here? <Link href="/signup" className="font-medium text-brand-700 underline">Create an account</Link>
      </p>
    </Card>
  );
}
