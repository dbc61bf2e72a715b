// Types for generate-clients.mjs (plain JS so it can run as `postinstall` before any TypeScript loader is set up).
export declare const ROOT: string;
export declare const MODELS_FILE: string;
export declare const PROVIDERS: readonly ("sqlite" | "postgresql")[];
export declare function schemaPath(provider: "sqlite" | "postgresql"): string;
export declare function deriveSchema(provider: "sqlite" | "postgresql", models?: string): string;
export declare function writeDerivedSchemas(): ("sqlite" | "postgresql")[];
export declare function staleDerivedSchemas(): ("sqlite" | "postgresql")[];
export declare function offlinePrismaEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
