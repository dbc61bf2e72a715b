/**
 * Authorization matrix (issue 6): every route handler and server action, called as each role — anonymous, a
 * student, a student of another class, the instructor who owns the resource, another instructor, an admin — against
 * resources of each owner, on the real database (SQLite and PostgreSQL through the integration harness).
 *
 * The session is the only thing mocked: `@/server/auth/session-user` returns the actor of the current cell (the real
 * module reads the Auth.js cookie). Everything else — route handlers, server actions, domain functions, queries —
 * is the production code. Refusals must be 401 (anonymous), 403 (wrong role) or 404, and a resource of another owner
 * must be refused exactly like an id that does not exist (same status, same message): no existence leak.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import type { Role, SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db/client";
import { AppError, errorStatus } from "@/server/errors";

// ------------------------------------------------------------------------------------------------ session mock

let actor: SessionUser | null = null;

vi.mock("@/server/auth/session-user", () => ({
  instructorRoles: ["instructor", "admin"],
  getSessionUser: async () => actor,
  requireUser: async (roles?: Role[]) => {
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
    if (roles && !roles.includes(actor.role)) throw new AppError("FORBIDDEN", "You don't have access to this.");
    return actor;
  },
  requirePageUser: async (roles?: Role[]) => {
    if (!actor) throw new AppError("UNAUTHENTICATED", "redirect:/signin");
    if (roles && !roles.includes(actor.role)) throw new AppError("FORBIDDEN", "forbidden()");
    return actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }),
}));

// ------------------------------------------------------------------------------------------------ calling

type Outcome = { status: number; body: unknown; message?: string };

type RouteHandler = (request: Request, context: never) => Promise<Response>;

async function callRoute(
  handler: RouteHandler,
  options: { method?: string; path?: string; body?: unknown; params?: Record<string, string> } = {},
): Promise<Outcome> {
  const init: RequestInit = { method: options.method ?? "GET" };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await handler(new Request(`http://127.0.0.1${options.path ?? "/"}`, init), {
    params: Promise.resolve(options.params ?? {}),
  } as never);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  const message = (body as { error?: { message?: string } } | null)?.error?.message;
  return { status: response.status, body, message };
}

async function callAction<T>(action: () => Promise<ActionResult<T>>): Promise<Outcome> {
  let result: ActionResult<T>;
  try {
    result = await action();
  } catch (error) {
    // redirect() after a successful action is control flow (NEXT_REDIRECT), i.e. success.
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { status: 303, body: digest };
    throw error;
  }
  if (result.ok) return { status: 200, body: result.data };
  const status = errorStatus[result.error.code as keyof typeof errorStatus] ?? 500;
  return { status, body: result.error, message: result.error.message };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Runs `call` as `who` (null: anonymous). */
async function as<T>(who: SessionUser | null, call: () => Promise<T>): Promise<T> {
  const previous = actor;
  actor = who;
  try {
    return await call();
  } finally {
    actor = previous;
  }
}

const ALLOWED = (status: number) => status >= 200 && status < 300;
const REFUSED = [401, 403, 404];

/** Another owner's id and a nonexistent id must be refused identically. */
function expectSameRefusal(foreign: Outcome, missing: Outcome, what: string) {
  expect(REFUSED, `${what}: foreign id status ${foreign.status}`).toContain(foreign.status);
  expect({ status: foreign.status, message: foreign.message }, `${what}: foreign vs nonexistent`).toEqual({
    status: missing.status,
    message: missing.message,
  });
}

// ------------------------------------------------------------------------------------------------ the world

const tag = randomUUID().slice(0, 8);
const users = {} as Record<"admin" | "instructorA" | "instructorB" | "studentA" | "studentB" | "studentC", SessionUser>;

async function makeUser(key: keyof typeof users, role: Role) {
  const created = await db.user.create({
    data: { email: `${key.toLowerCase()}-${tag}@matrix.test`, name: `${key} ${tag}`, role },
    select: { id: true, email: true, name: true, role: true },
  });
  users[key] = created;
}

const world = {
  courseSlug: "",
  publishedSetId: "",
  draftSetId: "",
  questionIds: [] as string[],
  draftQuestionId: "",
  /** studentA's latest review (undo target). */
  reviewOfA: "",
};

beforeAll(async () => {
  await makeUser("admin", "admin");
  await makeUser("instructorA", "instructor");
  await makeUser("instructorB", "instructor");
  await makeUser("studentA", "student");
  await makeUser("studentB", "student");
  await makeUser("studentC", "student");

  const course = await db.course.create({ data: { slug: `matrix-${tag}`, title: `Matrix ${tag}` } });
  world.courseSlug = course.slug;
  const published = await db.questionSet.create({
    data: { courseId: course.id, title: "Published", status: "published", publishedAt: new Date(), ownerId: users.instructorA.id },
  });
  const draft = await db.questionSet.create({
    data: { courseId: course.id, title: "Draft", status: "draft", ownerId: users.instructorA.id },
  });
  world.publishedSetId = published.id;
  world.draftSetId = draft.id;
  for (let i = 0; i < 4; i += 1) {
    const question = await db.question.create({
      data: {
        questionSetId: published.id,
        contentId: `m-${tag}-${i}`,
        type: "typed",
        prompt: `Capital ${i}?`,
        answer: `Answer ${i}`,
        options: [],
        status: "approved",
        position: i,
      },
    });
    world.questionIds.push(question.id);
  }
  const draftQuestion = await db.question.create({
    data: { questionSetId: draft.id, contentId: `d-${tag}`, type: "typed", prompt: "Draft?", answer: "x", options: [], status: "approved" },
  });
  world.draftQuestionId = draftQuestion.id;
});

afterAll(async () => {
  // Background optimizer runs started by the matrix must finish before the connection closes.
  for (let i = 0; i < 100; i += 1) {
    const active = await db.parameterFit.count({ where: { status: { in: ["queued", "running"] } } });
    if (active === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await db.$disconnect();
});

// ------------------------------------------------------------------------------------------------ study (issue 4)

describe("study routes", () => {
  it("POST /api/reviews: anonymous 401; any signed-in user reviews a published question; a draft or unknown question is the same 404", async () => {
    const { POST } = await import("@/app/api/reviews/route");
    const submit = (questionId: string, reviewId = randomUUID()) =>
      callRoute(POST, { method: "POST", path: "/api/reviews", body: { reviewId, questionId, rating: 3 } });

    expect((await as(null, () => submit(world.questionIds[0]!))).status).toBe(401);
    for (const who of ["studentA", "studentB", "instructorB", "admin"] as const) {
      expect((await as(users[who], () => submit(world.questionIds[0]!))).status, who).toBe(201);
    }
    const reviewId = randomUUID();
    expect((await as(users.studentA, () => submit(world.questionIds[1]!, reviewId))).status).toBe(201);
    world.reviewOfA = reviewId;

    const draft = await as(users.studentA, () => submit(world.draftQuestionId));
    const missing = await as(users.studentA, () => submit("q-does-not-exist"));
    expectSameRefusal(draft, missing, "review of a draft-set question");
    // Even the set's owner cannot study a draft (it is not published).
    expect((await as(users.instructorA, () => submit(world.draftQuestionId))).status).toBe(404);
  });

  it("POST /api/reviews: another student's review id cannot be replayed to read their card", async () => {
    const { POST } = await import("@/app/api/reviews/route");
    const replay = await as(users.studentB, () =>
      callRoute(POST, { method: "POST", path: "/api/reviews", body: { reviewId: world.reviewOfA, questionId: world.questionIds[1], rating: 3 } }),
    );
    expect(replay.status).toBe(409);
    expect(JSON.stringify(replay.body)).not.toMatch(/"card"|"cardId"|due/);
  });

  it("POST /api/reviews/undo (IDOR on review logs): only the author undoes; a foreign review id is refused like an unknown one", async () => {
    const { POST } = await import("@/app/api/reviews/undo/route");
    const undo = (reviewId: string) => callRoute(POST, { method: "POST", path: "/api/reviews/undo", body: { reviewId } });

    expect((await as(null, () => undo(world.reviewOfA))).status).toBe(401);
    for (const who of ["studentB", "instructorA", "admin"] as const) {
      const foreign = await as(users[who], () => undo(world.reviewOfA));
      const missing = await as(users[who], () => undo(randomUUID()));
      expectSameRefusal(foreign, missing, `undo of studentA's review by ${who}`);
    }
    expect((await as(users.studentA, () => undo(world.reviewOfA))).status).toBe(200);
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: world.reviewOfA } })).undoneAt).not.toBeNull();
  });

  it("GET /api/study/[deckId]/queue: anonymous 401; published decks for everyone; draft and unknown decks the same 404", async () => {
    const { GET } = await import("@/app/api/study/[deckId]/queue/route");
    const queue = (deckId: string) => callRoute(GET, { path: `/api/study/${deckId}/queue`, params: { deckId } });

    expect((await as(null, () => queue(`set-${world.publishedSetId}`))).status).toBe(401);
    for (const who of ["studentA", "studentC", "instructorB", "admin"] as const) {
      expect((await as(users[who], () => queue(`set-${world.publishedSetId}`))).status, who).toBe(200);
      expect((await as(users[who], () => queue(`course-${world.courseSlug}`))).status, who).toBe(200);
    }
    for (const who of ["studentA", "instructorA"] as const) {
      const draft = await as(users[who], () => queue(`set-${world.draftSetId}`));
      const missing = await as(users[who], () => queue("set-doesnotexist"));
      expectSameRefusal(draft, missing, `queue of a draft set as ${who}`);
    }
    expect([400, 404]).toContain((await as(users.studentA, () => queue("../../etc/passwd"))).status);
  });

  it("a student's queue shows only their own cards (studentA's review is not in studentC's queue state)", async () => {
    const { GET } = await import("@/app/api/study/[deckId]/queue/route");
    const deckId = `set-${world.publishedSetId}`;
    const ofC = await as(users.studentC, () => callRoute(GET, { path: `/api/study/${deckId}/queue`, params: { deckId } }));
    expect(ofC.status).toBe(200);
    const cardsOfA = await db.card.findMany({ where: { userId: users.studentA.id }, select: { id: true } });
    expect(cardsOfA.length).toBeGreaterThan(0);
    for (const card of cardsOfA) expect(JSON.stringify(ofC.body)).not.toContain(card.id);
  });

  it("POST /api/study/check: anonymous 401; published questions for everyone; draft and unknown questions the same 404", async () => {
    const { POST } = await import("@/app/api/study/check/route");
    const check = (questionId: string) => callRoute(POST, { method: "POST", path: "/api/study/check", body: { questionId, answer: "Answer 0" } });
    expect((await as(null, () => check(world.questionIds[0]!))).status).toBe(401);
    for (const who of ["studentA", "instructorB", "admin"] as const) {
      expect((await as(users[who], () => check(world.questionIds[0]!))).status, who).toBe(200);
    }
    for (const who of ["studentA", "instructorA"] as const) {
      expectSameRefusal(await as(users[who], () => check(world.draftQuestionId)), await as(users[who], () => check("q-does-not-exist")), `check of a draft question as ${who}`);
    }
  });

  it("POST /api/study/check does not reveal answers of a quiz the student can be taking (hole fixed: findQuizLock)", async () => {
    const { POST } = await import("@/app/api/study/check/route");
    const check = () => callRoute(POST, { method: "POST", path: "/api/study/check", body: { questionId: world.questionIds[2], answer: "x" } });
    const klass = await db.class.create({ data: { name: "Quiz lock", instructorId: users.instructorA.id, joinCode: `QL${tag}` } });
    await db.enrollment.create({ data: { classId: klass.id, userId: users.studentA.id } });
    const hour = 3_600_000;
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        questionSetId: world.publishedSetId,
        title: "Open quiz",
        questionCount: 4,
        questionTypes: ["typed"],
        seed: "lock",
        opensAt: new Date(Date.now() - hour),
        dueAt: new Date(Date.now() + hour),
        timeLimitSeconds: 600,
      },
    });
    const locked = await as(users.studentA, check);
    expect(locked.status).toBe(403);
    expect(JSON.stringify(locked.body)).not.toContain("Answer 2");
    expect((await as(users.studentB, check)).status).toBe(200); // not in that class
    expect((await as(users.instructorA, check)).status).toBe(200);
    // Once no attempt can be open any more (due date + time limit passed), studying is open again.
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - 601_000) } });
    expect((await as(users.studentA, check)).status).toBe(200);
    await db.assignment.delete({ where: { id: assignment.id } });
  });

  it("GET /api/study/parameter-fit: anonymous 401; a user sees only their own optimizer run", async () => {
    const { GET } = await import("@/app/api/study/parameter-fit/route");
    const fitOfA = await db.parameterFit.create({ data: { userId: users.studentA.id, status: "succeeded", createdAt: new Date() } });
    expect((await as(null, () => callRoute(GET))).status).toBe(401);
    const ofB = await as(users.studentB, () => callRoute(GET));
    expect(ofB.status).toBe(200);
    expect(JSON.stringify(ofB.body)).not.toContain(fitOfA.id);
    const ofA = await as(users.studentA, () => callRoute(GET));
    expect(JSON.stringify(ofA.body)).toContain(fitOfA.id);
  });
});

describe("study actions", () => {
  it("updateStudySettingsAction: anonymous 401; each user changes only their own settings", async () => {
    const { updateStudySettingsAction } = await import("@/app/(app)/settings/study/actions");
    const update = (retention: string) =>
      callAction(() => updateStudySettingsAction(null, form({ desiredRetentionPercent: retention, newCardsPerDay: "15", maximumInterval: "365" })));
    expect((await as(null, () => update("85"))).status).toBe(401);
    expect((await as(users.studentA, () => update("85"))).status).toBe(200);
    expect((await as(users.studentB, () => update("92"))).status).toBe(200);
    expect((await as(users.studentA, () => update("500"))).status).toBe(400);
    const settingsOfA = await db.studySettings.findUniqueOrThrow({ where: { userId: users.studentA.id } });
    expect(settingsOfA.desiredRetention).toBeCloseTo(0.85);
  });

  it("startOptimizerAction: anonymous 401; a signed-in user starts their own run", async () => {
    const { startOptimizerAction } = await import("@/app/(app)/settings/study/actions");
    expect((await as(null, () => callAction(() => startOptimizerAction()))).status).toBe(401);
    const started = await as(users.studentC, () => callAction(() => startOptimizerAction()));
    expect(started.status).toBe(200);
    const fit = await db.parameterFit.findUniqueOrThrow({ where: { id: (started.body as { fitId: string }).fitId } });
    expect(fit.userId).toBe(users.studentC.id);
  });
});

// ------------------------------------------------------------------------------------------------ question sets (issue 3)

/**
 * An owner-only resource addressed by id: anonymous 401; students 403 (instructor pages); another instructor and an
 * admin get the same refusal for this id as for an id that does not exist; the owner is allowed.
 */
async function ownerOnly(what: string, call: (id: string) => Promise<Outcome>, id: string, missingId = "doesnotexist0000") {
  expect((await as(null, () => call(id))).status, `${what} as anonymous`).toBe(401);
  for (const who of ["studentA", "studentB"] as const) expect((await as(users[who], () => call(id))).status, `${what} as ${who}`).toBe(403);
  for (const who of ["instructorB", "admin"] as const) {
    const foreign = await as(users[who], () => call(id));
    const missing = await as(users[who], () => call(missingId));
    expectSameRefusal(foreign, missing, `${what} as ${who}`);
  }
  const own = await as(users.instructorA, () => call(id));
  expect(ALLOWED(own.status) || own.status === 303, `${what} as its owner: ${own.status} ${own.message ?? ""}`).toBe(true);
  return own;
}

describe("question set routes and actions (IDOR on question sets and questions)", () => {
  it("GET /instructor/question-sets/[setId]/export: owner only", async () => {
    const { GET } = await import("@/app/(app)/instructor/question-sets/[setId]/export/route");
    const own = await ownerOnly("CSV export", (setId) => callRoute(GET, { path: `/instructor/question-sets/${setId}/export`, params: { setId } }), world.draftSetId);
    expect(String(own.body)).toContain("Capital 0?".replace("Capital 0?", "Draft?"));
  });

  it("question actions by question id: owner only", async () => {
    const actions = await import("@/app/(app)/instructor/question-sets/[setId]/actions");
    const questionId = world.questionIds[3]!;
    await ownerOnly(
      "setQuestionStatusAction",
      (id) => callAction(() => actions.setQuestionStatusAction(null, form({ setId: world.publishedSetId, questionId: id, status: "approved" }))),
      questionId,
    );
    await ownerOnly(
      "updateQuestionAction",
      (id) =>
        callAction(() =>
          actions.updateQuestionAction(null, form({ setId: world.publishedSetId, questionId: id, type: "typed", prompt: "Capital 3?", answer: "Answer 3", options: "", explanation: "" })),
        ),
      questionId,
    );
    const question = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect({ prompt: question.prompt, answer: question.answer, status: question.status }).toEqual({ prompt: "Capital 3?", answer: "Answer 3", status: "approved" });
  });

  it("set actions by set id: owner only", async () => {
    const actions = await import("@/app/(app)/instructor/question-sets/[setId]/actions");
    await ownerOnly(
      "addQuestionAction",
      (setId) => callAction(() => actions.addQuestionAction(null, form({ setId, type: "typed", prompt: "Added?", answer: "Yes", options: "", explanation: "" }))),
      world.draftSetId,
    );
    await ownerOnly("approvePendingAction", (setId) => callAction(() => actions.approvePendingAction(null, form({ setId }))), world.draftSetId);
    await ownerOnly("publishQuestionSetAction", (setId) => callAction(() => actions.publishQuestionSetAction(null, form({ setId, intent: "unpublish" }))), world.draftSetId);
    await ownerOnly(
      "importCsvAction",
      (setId) => {
        const data = form({ setId });
        data.set("csv", new File(["type,prompt,answer\nflashcard,Imported front,Imported back\n"], "q.csv", { type: "text/csv" }));
        return callAction(() => actions.importCsvAction(null, data));
      },
      world.draftSetId,
    );
    // Nothing of instructorA's set was changed by the refused callers: exactly one added and one imported question.
    expect(await db.question.count({ where: { questionSetId: world.draftSetId, origin: { in: ["manual", "imported"] } } })).toBe(2);
  });

  it("uploadDocumentAction: instructors only, into their own course; another's course is refused like a missing one", async () => {
    const { uploadDocumentAction } = await import("@/app/(app)/instructor/question-sets/new/actions");
    const courseOfA = await db.course.create({ data: { slug: `own-${tag}`, title: "A's course", ownerId: users.instructorA.id } });
    const upload = (course: string) => {
      const data = form({ course, title: "Rivers" });
      data.set("file", new File(["The Nile is the longest river in Africa. It flows north through Egypt."], "rivers.txt", { type: "text/plain" }));
      return callAction(() => uploadDocumentAction(null, data));
    };
    expect((await as(null, () => upload(courseOfA.id))).status).toBe(401);
    expect((await as(users.studentA, () => upload(courseOfA.id))).status).toBe(403);
    const foreign = await as(users.instructorB, () => upload(courseOfA.id));
    const missing = await as(users.instructorB, () => upload("doesnotexist0000"));
    expectSameRefusal(foreign, missing, "upload into another instructor's course");
    expect((await as(users.instructorA, () => upload(courseOfA.id))).status).toBe(303);
    expect(await db.document.count({ where: { courseId: courseOfA.id } })).toBe(1);
  });
});

// ------------------------------------------------------------------------------------------------ classes and quizzes (issue 5)

/** A domain function's outcome as a status: what the page around it renders (404/403 pages via orNotFound). */
async function callDomain(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { status: 200, body: await call() };
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, body: null, message: error.message };
    if ((error as { name?: string } | null)?.name === "ZodError") return { status: 400, body: null, message: "invalid" };
    throw error;
  }
}

describe("classes and quizzes (IDOR on classes, assignments, attempts, answers)", () => {
  const q = { classA: "", classB: "", joinCodeA: "", assignmentA: "", attemptA: "", studentD: null as SessionUser | null };
  const MISSING = "doesnotexist0000";
  /** Everybody but studentA: a classmate, students of another class / of none, both instructors, the admin. */
  const others = (): [string, SessionUser][] => [
    ["classmate", q.studentD!],
    ["studentB", users.studentB],
    ["studentC", users.studentC],
    ["instructorA", users.instructorA],
    ["instructorB", users.instructorB],
    ["admin", users.admin],
  ];

  beforeAll(async () => {
    const { createClassAction } = await import("@/app/(app)/instructor/classes/actions");
    const classId = async (who: SessionUser, name: string) => {
      const created = await as(who, () => callAction(() => createClassAction(null, form({ name, courseId: "" }))));
      expect(created.status, `createClassAction as ${who.email}`).toBe(303);
      return (await db.class.findFirstOrThrow({ where: { instructorId: who.id, name }, select: { id: true, joinCode: true } }));
    };
    const a = await classId(users.instructorA, `Class A ${tag}`);
    const b = await classId(users.instructorB, `Class B ${tag}`);
    Object.assign(q, { classA: a.id, classB: b.id, joinCodeA: a.joinCode });
    q.studentD = await db.user.create({ data: { email: `studentd-${tag}@matrix.test`, name: "D", role: "student" }, select: { id: true, email: true, name: true, role: true } });
    await db.enrollment.create({ data: { classId: b.id, userId: users.studentB.id } });
    await db.enrollment.create({ data: { classId: a.id, userId: q.studentD.id } });
  });

  it("createClassAction: anonymous 401, students 403, instructors create their own", async () => {
    const { createClassAction } = await import("@/app/(app)/instructor/classes/actions");
    const create = () => callAction(() => createClassAction(null, form({ name: "Extra", courseId: "" })));
    expect((await as(null, create)).status).toBe(401);
    expect((await as(users.studentA, create)).status).toBe(403);
    expect((await as(users.instructorB, create)).status).toBe(303);
  });

  it("joinClassAction: anonymous 401; a valid code joins; a wrong code is 404", async () => {
    const { joinClassAction } = await import("@/app/(app)/classes/join/actions");
    const join = (code: string) => callAction(() => joinClassAction(null, form({ code })));
    expect((await as(null, () => join(q.joinCodeA))).status).toBe(401);
    expect((await as(users.studentA, () => join("ZZZ-ZZZ"))).status).toBe(404);
    expect((await as(users.studentA, () => join(q.joinCodeA.toLowerCase()))).status).toBe(303);
    expect(await db.enrollment.count({ where: { classId: q.classA, userId: users.studentA.id, removedAt: null } })).toBe(1);
  });

  it("join codes cannot be guessed by trying: 30 attempts per user per hour, then 429 (hole fixed: limitJoinAttempts)", async () => {
    const { joinClassAction } = await import("@/app/(app)/classes/join/actions");
    const { JOIN_ATTEMPTS_PER_HOUR } = await import("@/server/classes/limit-join-attempts");
    const guesser = await db.user.create({ data: { email: `guesser-${tag}@matrix.test`, name: "G", role: "student" }, select: { id: true, email: true, name: true, role: true } });
    const statuses: number[] = [];
    for (let i = 0; i <= JOIN_ATTEMPTS_PER_HOUR; i += 1) {
      statuses.push((await as(guesser, () => callAction(() => joinClassAction(null, form({ code: `ZZZ-ZZ${"23456789"[i % 8]}` }))))).status);
    }
    expect(statuses.slice(0, JOIN_ATTEMPTS_PER_HOUR).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right code now waits; other users are not affected.
    expect((await as(guesser, () => callAction(() => joinClassAction(null, form({ code: q.joinCodeA })))))).toMatchObject({ status: 429 });
  });

  it("createAssignmentAction: only the class's instructor, only from a set they may use", async () => {
    const { createAssignmentAction } = await import("@/app/(app)/instructor/classes/[classId]/assignments/new/actions");
    const hour = 3_600_000;
    const create = (classId: string, questionSetId = world.publishedSetId) => {
      const data = form({
        classId,
        questionSetId,
        title: "Matrix quiz",
        questionCount: "4",
        selection: "same",
        opensAt: new Date(Date.now() - hour).toISOString(),
        dueAt: new Date(Date.now() + hour).toISOString(),
        timeLimit: "10",
        timeLimitUnit: "minutes",
        maxAttempts: "2",
        grading: "best",
        showAnswers: "after_due",
      });
      data.append("questionTypes", "typed");
      return callAction(() => createAssignmentAction(null, data));
    };
    expect((await as(null, () => create(q.classA))).status).toBe(401);
    expect((await as(users.studentA, () => create(q.classA))).status).toBe(403);
    for (const who of ["instructorB", "admin"] as const) {
      expectSameRefusal(await as(users[who], () => create(q.classA)), await as(users[who], () => create(MISSING)), `assignment in class A by ${who}`);
    }
    // instructorB's own class, but instructorA's set: refused like a set that does not exist.
    expectSameRefusal(
      await as(users.instructorB, () => create(q.classB, world.publishedSetId)),
      await as(users.instructorB, () => create(q.classB, MISSING)),
      "assignment from another instructor's set",
    );
    expect((await as(users.instructorA, () => create(q.classA))).status).toBe(303);
    q.assignmentA = (await db.assignment.findFirstOrThrow({ where: { classId: q.classA }, select: { id: true } })).id;
  });

  it("startAttemptAction: only students of the class; everybody else gets the same 404", async () => {
    const { startAttemptAction } = await import("@/app/(app)/classes/[classId]/assignments/[assignmentId]/actions");
    const start = (assignmentId: string) => callAction(() => startAttemptAction(null, form({ assignmentId })));
    expect((await as(null, () => start(q.assignmentA))).status).toBe(401);
    for (const who of ["studentB", "studentC", "instructorA", "instructorB", "admin"] as const) {
      expectSameRefusal(await as(users[who], () => start(q.assignmentA)), await as(users[who], () => start(MISSING)), `start as ${who}`);
    }
    expect((await as(users.studentA, () => start(q.assignmentA))).status).toBe(303);
    q.attemptA = (await db.attempt.findFirstOrThrow({ where: { assignmentId: q.assignmentA, userId: users.studentA.id }, select: { id: true } })).id;
  });

  it("PUT /api/attempts/[attemptId]/answers: only the attempt's student; foreign attempts refused like missing ones", async () => {
    const { PUT } = await import("@/app/api/attempts/[attemptId]/answers/route");
    const save = (attemptId: string, questionId = world.questionIds[0]!, response = "Answer 0") =>
      callRoute(PUT, { method: "PUT", path: `/api/attempts/${attemptId}/answers`, body: { questionId, response }, params: { attemptId } });
    expect((await as(null, () => save(q.attemptA))).status).toBe(401);
    for (const [who, actor] of others()) {
      expectSameRefusal(await as(actor, () => save(q.attemptA, world.questionIds[0], "hijack")), await as(actor, () => save(MISSING)), `save as ${who}`);
    }
    expect((await as(users.studentA, () => save(q.attemptA))).status).toBe(200);
    expect((await as(users.studentA, () => save(q.attemptA, world.draftQuestionId))).status).toBe(400); // not in this attempt
    const stored = await db.attemptAnswer.findMany({ where: { attemptId: q.attemptA } });
    expect(stored.map((a) => a.response)).toEqual(["Answer 0"]);
  });

  it("the attempt's results, the instructor's views and CSV exports (IDOR on attempts, classes, assignments)", async () => {
    const { getAttemptResults } = await import("@/server/quiz/get-attempt-results");
    const { getAttemptForTaking } = await import("@/server/quiz/get-attempt-for-taking");
    const { getMyClass } = await import("@/server/classes/get-my-class");
    const { getMyAssignment } = await import("@/server/quiz/get-my-assignment");
    const { getTaughtClass } = await import("@/server/classes/get-taught-class");
    const { listRoster } = await import("@/server/classes/list-roster");
    const { getGradebook } = await import("@/server/quiz/get-gradebook");
    const { getItemAnalysis } = await import("@/server/quiz/get-item-analysis");
    const { getTaughtAssignment } = await import("@/server/quiz/get-taught-assignment");
    const { getStudentAttempts } = await import("@/server/quiz/get-student-attempts");
    const now = new Date();

    // The student's pages: their own attempt / class / assignment only.
    const studentViews: [string, (who: SessionUser, id: string) => Promise<unknown>, string][] = [
      ["quiz page", (who, id) => getAttemptForTaking(who, { attemptId: id }, now), q.attemptA],
      ["results page", (who, id) => getAttemptResults(who, { attemptId: id }, now), q.attemptA],
      ["class page", (who, id) => getMyClass(who, id, now), q.classA],
      ["assignment page", (who, id) => getMyAssignment(who, { assignmentId: id }, now), q.assignmentA],
    ];
    for (const [what, view, id] of studentViews) {
      // A classmate may see the class and the assignment, never another student's attempt.
      const actors = what === "class page" || what === "assignment page" ? others().filter(([who]) => who !== "classmate" && who !== "instructorA") : others();
      for (const [who, actor] of actors) {
        expectSameRefusal(await callDomain(() => view(actor, id)), await callDomain(() => view(actor, MISSING)), `${what} as ${who}`);
      }
    }
    expect((await callDomain(() => getAttemptForTaking(users.studentA, { attemptId: q.attemptA }, now))).status).toBe(200);
    expect((await callDomain(() => getMyClass(users.studentA, q.classA, now))).status).toBe(200);

    // The instructor's pages: their own class / assignment only.
    const teacherViews: [string, (who: SessionUser, id: string) => Promise<unknown>, string][] = [
      ["taught class", (who, id) => getTaughtClass(who, id), q.classA],
      ["roster", (who, id) => listRoster(who, id), q.classA],
      ["gradebook", (who, id) => getGradebook(who, id, now), q.classA],
      ["taught assignment", (who, id) => getTaughtAssignment(who, id), q.assignmentA],
      ["item analysis", (who, id) => getItemAnalysis(who, id, now), q.assignmentA],
      ["a student's attempts", (who, id) => getStudentAttempts(who, { assignmentId: id, userId: users.studentA.id }, now), q.assignmentA],
    ];
    for (const [what, view, id] of teacherViews) {
      for (const who of ["instructorB", "admin", "studentA"] as const) {
        const foreign = await callDomain(() => view(users[who], id));
        const missing = await callDomain(() => view(users[who], MISSING));
        expectSameRefusal(foreign, missing, `${what} as ${who}`);
      }
      expect((await callDomain(() => view(users.instructorA, id))).status, `${what} as its instructor`).toBe(200);
    }
    // A student of another class is not one of instructorA's students, even by id.
    expectSameRefusal(
      await callDomain(() => getStudentAttempts(users.instructorA, { assignmentId: q.assignmentA, userId: users.studentB.id }, now)),
      await callDomain(() => getStudentAttempts(users.instructorA, { assignmentId: q.assignmentA, userId: MISSING }, now)),
      "attempts of a student outside the class",
    );

    const { GET: gradebookCsv } = await import("@/app/api/instructor/classes/[classId]/gradebook-csv/route");
    const { GET: resultsCsv } = await import("@/app/api/instructor/assignments/[assignmentId]/results-csv/route");
    const csvRoutes: [string, (id: string) => Promise<Outcome>, string][] = [
      ["gradebook CSV", (classId) => callRoute(gradebookCsv, { params: { classId } }), q.classA],
      ["results CSV", (assignmentId) => callRoute(resultsCsv, { params: { assignmentId } }), q.assignmentA],
    ];
    for (const [what, call, id] of csvRoutes) {
      expect((await as(null, () => call(id))).status, what).toBe(401);
      expect((await as(users.studentA, () => call(id))).status, what).toBe(403);
      for (const who of ["instructorB", "admin"] as const) {
        expectSameRefusal(await as(users[who], () => call(id)), await as(users[who], () => call(MISSING)), `${what} as ${who}`);
      }
      const own = await as(users.instructorA, () => call(id));
      expect(own.status, what).toBe(200);
      expect(String(own.body)).toContain(users.studentA.name!);
      expect(String(own.body)).not.toContain(users.studentB.name!);
    }
  });

  it("POST /api/attempts/[attemptId]/submit: only the attempt's student", async () => {
    const { POST } = await import("@/app/api/attempts/[attemptId]/submit/route");
    const submit = (attemptId: string) => callRoute(POST, { method: "POST", path: `/api/attempts/${attemptId}/submit`, params: { attemptId } });
    expect((await as(null, () => submit(q.attemptA))).status).toBe(401);
    for (const [who, actor] of others()) {
      expectSameRefusal(await as(actor, () => submit(q.attemptA)), await as(actor, () => submit(MISSING)), `submit as ${who}`);
    }
    expect((await db.attempt.findUniqueOrThrow({ where: { id: q.attemptA } })).submittedAt).toBeNull();
    const own = await as(users.studentA, () => submit(q.attemptA));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ attemptId: q.attemptA, score: 1, maxScore: 4 });
  });

  it("removeStudentAction: only the class's instructor; a removed student loses access to the class and its attempts", async () => {
    const { removeStudentAction } = await import("@/app/(app)/instructor/classes/[classId]/actions");
    const studentD = q.studentD!;
    const remove = (classId: string) => callAction(() => removeStudentAction(null, form({ classId, userId: studentD.id })));
    expect((await as(null, () => remove(q.classA))).status).toBe(401);
    expect((await as(users.studentA, () => remove(q.classA))).status).toBe(403);
    for (const who of ["instructorB", "admin"] as const) {
      expectSameRefusal(await as(users[who], () => remove(q.classA)), await as(users[who], () => remove(MISSING)), `remove as ${who}`);
    }
    expect((await db.enrollment.findFirstOrThrow({ where: { classId: q.classA, userId: studentD.id } })).removedAt).toBeNull();
    expect((await as(users.instructorA, () => remove(q.classA))).status).toBe(200);
    const { getMyClass } = await import("@/server/classes/get-my-class");
    expect((await callDomain(() => getMyClass(studentD, q.classA, new Date()))).status).toBe(403);
    const { joinClassAction } = await import("@/app/(app)/classes/join/actions");
    expect((await as(studentD, () => callAction(() => joinClassAction(null, form({ code: q.joinCodeA }))))).status).toBe(403);
  });
});

// ------------------------------------------------------------------------------------------------ accounts

describe("account actions", () => {
  it("setUserRoleAction: only an admin changes roles (anonymous 401, student and instructor 403)", async () => {
    const { setUserRoleAction } = await import("@/app/(app)/admin/users/actions");
    const promote = () => callAction(() => setUserRoleAction(null, form({ userId: users.studentC.id, role: "admin" })));
    expect((await as(null, promote)).status).toBe(401);
    for (const who of ["studentA", "instructorA"] as const) expect((await as(users[who], promote)).status, who).toBe(403);
    // A student trying to promote themself.
    const self = await as(users.studentC, () => callAction(() => setUserRoleAction(null, form({ userId: users.studentC.id, role: "admin" }))));
    expect(self.status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.studentC.id } })).role).toBe("student");

    const ok = await as(users.admin, () => callAction(() => setUserRoleAction(null, form({ userId: users.studentC.id, role: "instructor" }))));
    expect(ok.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.studentC.id } })).role).toBe("instructor");
    await db.user.update({ where: { id: users.studentC.id }, data: { role: "student" } });
    expect((await as(users.admin, () => callAction(() => setUserRoleAction(null, form({ userId: "nope", role: "student" }))))).status).toBe(404);
  });
});

// ------------------------------------------------------------------------------------------------ public routes

describe("public routes", () => {
  it.skipIf(!existsSync("app/api/health/route.ts"))("GET /api/health answers anyone and reveals nothing", async () => {
    const healthRoute = "@/app/api/health/route"; // not a literal: the probe may not be committed yet
    const { GET } = (await import(/* @vite-ignore */ healthRoute)) as { GET: RouteHandler };
    for (const who of [null, users.studentA] as const) {
      const outcome = await as(who, () => callRoute(GET));
      expect(outcome).toMatchObject({ status: 200, body: { ok: true } });
    }
  });
});

/** Every route handler and server action file, and where this matrix covers it. */
const COVERED: Record<string, string> = {
  "app/(app)/admin/users/actions.ts": "account actions",
  "app/(app)/classes/[classId]/assignments/[assignmentId]/actions.ts": "classes and quizzes",
  "app/(app)/classes/join/actions.ts": "classes and quizzes",
  "app/(app)/instructor/classes/[classId]/actions.ts": "classes and quizzes",
  "app/(app)/instructor/classes/[classId]/assignments/new/actions.ts": "classes and quizzes",
  "app/(app)/instructor/classes/actions.ts": "classes and quizzes",
  "app/api/attempts/[attemptId]/answers/route.ts": "classes and quizzes",
  "app/api/attempts/[attemptId]/submit/route.ts": "classes and quizzes",
  "app/api/instructor/assignments/[assignmentId]/results-csv/route.ts": "classes and quizzes",
  "app/api/instructor/classes/[classId]/gradebook-csv/route.ts": "classes and quizzes",
  "app/(app)/instructor/question-sets/[setId]/actions.ts": "question set routes and actions",
  "app/(app)/instructor/question-sets/[setId]/export/route.ts": "question set routes and actions",
  "app/(app)/instructor/question-sets/new/actions.ts": "question set routes and actions",
  "app/(app)/settings/study/actions.ts": "study actions",
  "app/(auth)/actions.ts": "public on purpose; rate limits in server/auth/auth-rate-limits.int.test.ts",
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's own routes",
  "app/api/health/route.ts": "public routes",
  "app/api/reviews/route.ts": "study routes",
  "app/api/reviews/undo/route.ts": "study routes",
  "app/api/study/[deckId]/queue/route.ts": "study routes",
  "app/api/study/check/route.ts": "study routes",
  "app/api/study/parameter-fit/route.ts": "study routes",
};

it("covers every route handler and server action in the app", async () => {
  // Fails when a committed route or action has no rows here: add a describe block and a COVERED entry.
  // (Committed files only, so work in progress in a shared tree does not fail everyone's run.)
  const { execFileSync } = await import("node:child_process");
  const { readFileSync } = await import("node:fs");
  const files = execFileSync("git", ["ls-files", "app"], { encoding: "utf8" })
    .split("\n")
    .filter((file) => /route\.ts$/.test(file) || (/\.tsx?$/.test(file) && readFileSync(file, "utf8").startsWith('"use server"')));
  expect(files.length).toBeGreaterThan(5);
  expect(files.filter((file) => !COVERED[file])).toEqual([]);
});
