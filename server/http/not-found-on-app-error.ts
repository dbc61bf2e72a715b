import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/server/errors";

/** For pages: a domain refusal renders the 404/403 page instead of the error page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
