import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** JSON error body shared by every route handler. */
export function errorResponse(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.message, error.fieldErrors);
  if (error instanceof ZodError) {
    return errorResponse(400, "INVALID_INPUT", zodMessage(error), flattenZod(error));
  }
  if (error instanceof SyntaxError) return errorResponse(400, "INVALID_INPUT", "The request body is not valid JSON.");
  console.error(error);
  return errorResponse(500, "INTERNAL", "Something went wrong on our side. Please try again.");
}

/** Wraps a route handler so every failure is a clear JSON answer, never a stack trace. */
export function handleRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export function zodMessage(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return "The request is not valid.";
  const path = first.path.join(".");
  return path ? `${path}: ${first.message}` : first.message;
}

export function flattenZod(error: ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
