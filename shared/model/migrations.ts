/**
 * Ordered migrations: `migrations[v]` turns a schemaVersion v document into v + 1.
 * Each migration is a pure function with its own fixture test.
 * Version 0 was the pre-release draft format: `edges` instead of `connections`, no scenarios.
 */
type Doc = Record<string, unknown>;

export const migrations: Readonly<Record<number, (doc: Doc) => Doc>> = {
  0: (doc) => {
    const { edges, ...rest } = doc;
    return {
      ...rest,
      connections: rest['connections'] ?? edges ?? [],
      scenarios: rest['scenarios'] ?? [],
    };
  },
};
