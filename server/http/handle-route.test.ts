import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { handleRoute, MAX_BODY_BYTES, MAX_MULTIPART_BODY_BYTES } from "./handle-route";

const echo = handleRoute(async (request: Request) => {
  const body = z.object({ text: z.string().max(10) }).parse(await request.json());
  return Response.json(body);
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/x", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(64 * 1024, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
}

describe("handleRoute", () => {
  it("answers hostile input with a clear 4xx JSON error, never a stack trace", async () => {
    const cases: [BodyInit, number, string][] = [
      ["{not json", 400, "INVALID_INPUT"],
      ["", 400, "INVALID_INPUT"],
      ['{"text": 42}', 400, "INVALID_INPUT"],
      ['{"text": "far too long a text"}', 400, "INVALID_INPUT"],
      ["[1,2,3]", 400, "INVALID_INPUT"],
      ['{"__proto__": {"admin": true}, "text": "ok"}', 200, ""],
    ];
    for (const [body, status, code] of cases) {
      const response = await echo(post(body), undefined as never);
      expect(response.status, String(body)).toBe(status);
      const json = (await response.json()) as { error?: { code: string; message: string } };
      if (code) expect(json.error).toMatchObject({ code });
      expect(JSON.stringify(json)).not.toMatch(/at .*\(|\.ts:\d+/);
    }
  });

  it("refuses a declared body over the limit with 413 before reading it", async () => {
    const response = await echo(post("x".repeat(10), { "content-length": String(MAX_BODY_BYTES + 1) }), undefined as never);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large (at most 1024 KiB)." } });
  });

  it("stops a chunked body (no Content-Length) once it passes the limit", async () => {
    const response = await echo(post(chunked(MAX_BODY_BYTES * 3)), undefined as never);
    expect(response.status).toBe(413);
    const small = await echo(post(chunked(0)), undefined as never);
    expect(small.status).toBe(400); // empty body: not JSON
  });

  it("allows larger multipart bodies, and a route may set its own limit", async () => {
    const upload = handleRoute(async (request: Request) => Response.json({ bytes: (await request.arrayBuffer()).byteLength }));
    const multipart = new Request("http://127.0.0.1/api/upload", {
      method: "POST",
      body: chunked(2 * MAX_BODY_BYTES),
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect(await (await upload(multipart, undefined as never)).json()).toEqual({ bytes: 2 * MAX_BODY_BYTES });
    expect(MAX_MULTIPART_BODY_BYTES).toBeGreaterThan(5 * 1024 * 1024);

    const tiny = handleRoute(async (request: Request) => Response.json(await request.json()), { maxBodyBytes: 16 });
    expect((await tiny(post('{"a":"0123456789abcdef"}'), undefined as never)).status).toBe(413);
    expect((await tiny(post('{"a":1}'), undefined as never)).status).toBe(200);
  });

  it("keeps domain errors' status and hides unexpected ones", async () => {
    const failing = (error: unknown) => handleRoute(async () => Promise.reject(error));
    expect((await failing(new AppError("NOT_FOUND", "No such thing."))(post("{}"), undefined as never)).status).toBe(404);
    const original = console.error;
    console.error = () => undefined;
    try {
      const hidden = await failing(new Error("secret detail: db password"))(post("{}"), undefined as never);
      expect(hidden.status).toBe(500);
      expect(await hidden.text()).not.toContain("secret detail");
    } finally {
      console.error = original;
    }
  });
});
