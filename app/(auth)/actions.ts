"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import type { ActionResult } from "@/lib/action-result";
import { readClientIp } from "@/lib/security/read-client-ip";
import { authRateLimits } from "@/server/auth/auth-rate-limits";
import { signInRateLimitMessage } from "@/server/auth/authorize-sign-in";
import { registerUser } from "@/server/auth/register-user";
import { runAction } from "@/server/http/run-action";

/** Only same-site paths may be redirected to after sign-in. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/dashboard";
}

export async function signInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
    return { ok: true, data: undefined };
  } catch (error) {
    const limited = signInRateLimitMessage(error);
    if (limited) return { ok: false, error: { code: "RATE_LIMITED", message: limited } };
    if (error instanceof AuthError) {
      // One message for every failure, so the form never reveals whether an account exists.
      return { ok: false, error: { code: "UNAUTHENTICATED", message: "That email and password don't match an account." } };
    }
    throw error; // the success redirect
  }
}

export async function signUpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const email = String(formData.get("email") ?? "");
  const result = await runAction(async () => {
    // Every attempt counts, per IP and per typed email (limits in server/auth/auth-rate-limits.ts).
    await authRateLimits().consume("signUp", { ip: readClientIp(await headers()), email });
    return registerUser({
      name: String(formData.get("name") ?? ""),
      email,
      password: String(formData.get("password") ?? ""),
    });
  });
  if (!result.ok) return result;
  await signIn("credentials", {
    email: formData.get("email"),
    password: formData.get("password"),
    redirectTo: "/dashboard",
  });
  return { ok: true, data: undefined };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
