/**
 * Contact search (`GET /api/contacts?q=`): a contact matches when its name, email or company contains the
 * query as a substring, ignoring case. "Ignoring case" is JavaScript's `toLowerCase()` applied to both
 * sides, so both backends answer exactly the same: each contact stores its folded fields (`search_name`,
 * `search_email`, `search_company`, written by the store on every create and update) and the final test is
 * a plain substring test on them. An index finds the candidates (SQLite: an FTS5 trigram table; PostgreSQL:
 * pg_trgm GIN indexes); it never decides alone.
 */
export const fold = (s: string | null): string | null => (s === null ? null : s.toLowerCase());

/** A trigram index can only narrow a query of at least three characters (code points). */
export const TRIGRAM = 3;
export const indexable = (foldedQuery: string): boolean => {
  let n = 0;
  for (const _ of foldedQuery) if (++n >= TRIGRAM) return true;
  return false;
};

/**
 * Whether a query can match at all. A contact's searched fields never hold U+0000 (refused at input;
 * PostgreSQL could never store it), so a query holding it matches nothing, and is answered so
 * before reaching a database: PostgreSQL refuses the parameter, SQLite's FTS5 and `instr()` stop at it.
 */
export const canMatch = (foldedQuery: string): boolean => !foldedQuery.includes('\u0000');

/** An FTS5 phrase: the text in double quotes (a quote doubled), every character literal. */
export const ftsPhrase = (foldedQuery: string): string => `"${foldedQuery.replaceAll('"', '""')}"`;

/** A LIKE pattern for "contains", with the wildcards of the text escaped (escape character `\`). */
export const containsPattern = (foldedQuery: string): string => `%${foldedQuery.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
