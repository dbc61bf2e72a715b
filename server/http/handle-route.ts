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

/**
 * Request body caps (issue 6): without them `request.json()` buffers whatever a signed-in client sends (a 200 MB
 * body took a server to 1 GB of memory). JSON and other bodies: 1 MiB; multipart uploads: 16 MiB (the upload's own
 * limit, with its own message, is lower and checked by the upload code). A route may pass its own `maxBodyBytes`.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_MULTIPART_BODY_BYTES = 16 * 1024 * 1024;

export type HandleRouteOptions = { maxBodyBytes?: number };

function bodyLimit(request: Request, options: HandleRouteOptions): number {
  if (options.maxBodyBytes !== undefined) return options.maxBodyBytes;
  const type = request.headers.get("content-type") ?? "";
  return type.toLowerCase().startsWith("multipart/form-data") ? MAX_MULTIPART_BODY_BYTES : MAX_BODY_BYTES;
}

function tooLarge(limit: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is too large (at most ${Math.floor(limit / 1024)} KiB).`);
}

/**
 * The request, with its body capped at `limit` bytes. A declared Content-Length over the limit is refused before
 * anything is read (Node's parser never delivers more than the declared length); a body without one (chunked) is
 * counted as it streams and fails with PAYLOAD_TOO_LARGE when it passes the limit.
 */
export function limitRequestBody(request: Request, limit: number): Request {
  if (!request.body) return request;
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared) || Number(declared) > limit) throw tooLarge(limit);
    return request;
  }
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, { method: request.method, headers: request.headers, body: counted, duplex: "half" } as RequestInit);
}

/** Wraps a route handler so every failure is a clear JSON answer, never a stack trace. */
export function handleRoute<C>(handler: Handler<C>, options: HandleRouteOptions = {}): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(limitRequestBody(request, bodyLimit(request, options)), context);
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
