/**
 * The one dispatcher both bindings call: it checks the method name, validates the arguments against the
 * contract's schema, calls the service, and turns failures into answers a user can read.
 */
import { apiSchemas, isApiMethod, type ApiAnswer, type ApiMethod, type CarrelService } from '../core/api.js';
import { echoed, isCarrelError } from '../core/errors.js';
import { schemaDamage, sqliteCode } from './sqlite-error.js';

/** Answers one call; never throws. `log` receives unexpected errors (programming faults) for the console. */
export type Dispatch = (method: string, args: unknown) => Promise<ApiAnswer>;

/** Builds the dispatcher over a service. */
export function createDispatcher(service: CarrelService, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    if (!isApiMethod(method)) {
      return fail('bad-request', `Carrel has no action called "${echoed(method)}".`);
    }
    const shape = shapeProblem(args);
    if (shape !== undefined) return fail('bad-request', `The request to ${method} was not valid: ${shape}`);
    const parsed = apiSchemas[method].args.safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      // The contract's own messages are sentences with their full stop; zod's defaults have none.
      const problem = issue?.message.replace(/\.$/, '') ?? 'unknown problem';
      return fail('bad-request', `The request to ${method} was not valid${where}: ${problem}.`);
    }
    try {
      const value = await call(service, method, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (isCarrelError(error)) return fail(error.code, error.message);
      // Every write is one transaction, rolled back whole when the disk cannot take it.
      if (sqliteCode(error) === 'SQLITE_FULL') return fail('store', 'The disk that holds the library is full, so nothing was changed. Free some space and try again.');
      // The import worker writes a large notes file in one transaction; a write waits for it, for a while.
      if (sqliteCode(error) === 'SQLITE_BUSY') return fail('unavailable', 'The library is busy storing an import, so nothing was changed. Try again in a moment.');
      const damage = schemaDamage(error);
      if (damage !== undefined) return fail('store', `The library’s database is damaged (SQLite says: ${damage}), so nothing was changed. Quit Carrel and start it again to see how to restore it from its backups.`);
      log(error);
      return fail('internal', 'Something went wrong inside Carrel; nothing was changed. The details are in the log.');
    }
  };
}

/** Deeper than any argument of the contract goes; more is a hostile or broken request, refused unwalked. */
const MAX_DEPTH = 32;

/**
 * Why `args` cannot be taken before any schema reads them, in a sentence, or undefined: nested deeper
 * than MAX_DEPTH, or holding text with a broken character. Walked without recursion, so depth costs no stack.
 */
function shapeProblem(args: unknown): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: args, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string') {
      // A surrogate not in a pair would be stored as U+FFFD, silently changing the text. Asked natively:
      // a regular expression held the thread a fifth of a second on a 17 MB notes file.
      if (!value.isWellFormed()) return 'it holds a broken character (half of a surrogate pair) that cannot be stored as it is. Nothing was changed.';
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep. Nothing was changed.`;
      for (const [key, inner] of Object.entries(value)) pending.push({ value: key, depth }, { value: inner, depth: depth + 1 });
    }
  }
  return undefined;
}

function call<M extends ApiMethod>(service: CarrelService, method: M, args: unknown): unknown {
  // The schema has just validated `args` for this very method.
  const fn = service[method] as (a: unknown) => unknown;
  return fn.call(service, args);
}

function fail(code: string, message: string): ApiAnswer {
  return { ok: false, error: { code, message } };
}
