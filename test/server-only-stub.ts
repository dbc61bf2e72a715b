// Vitest runs domain modules outside React's server graph, where the real `server-only` throws on import.
export {};
