import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { AppError } from "@/server/errors";
import { flattenZod, zodMessage } from "./handle-route";

/**
 * Runs a server action body and turns failures into an ActionResult a form can show; redirects pass through.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and friends are control flow, not failures
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
    }
    if (error instanceof ZodError) {
      return { ok: false, error: { code: "INVALID_INPUT", message: zodMessage(error), fieldErrors: flattenZod(error) } };
    }
    console.error(error);
    return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } };
  }
}
