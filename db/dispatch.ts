/**
 * The one dispatcher both bindings call: it checks the method name, validates the arguments against the
 * contract's schema, calls the service, and turns failures into answers a user can read.
 */
import { apiSchemas, isApiMethod, type ApiAnswer, type ApiMethod, type CarrelService } from '../core/api.js';
import { echoed, isCarrelError } from '../core/errors.js';
import { holdsBrokenCharacter, nestedDeeperThan } from '../core/security/input-shape.js';
import type { Store } from './open.js';
import { readOnlyRefusal } from './read-only-store.js';
import { schemaDamage, sqliteCode } from './sqlite-error.js';

/** Answers one call; never throws. `log` receives unexpected errors (programming faults) for the console. */
export type Dispatch = (method: string, args: unknown) => Promise<ApiAnswer>;

/**
 * Builds the dispatcher over a service and its store: the store's file is named when it cannot be
 * written, and once its background integrity check finds damage every call is answered with it.
 */
export function createDispatcher(service: CarrelService, store: Pick<Store, 'file' | 'damage'>, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    const damage = store.damage();
    if (damage !== undefined) return fail(damage.code, damage.message);
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
      const readOnly = readOnlyRefusal(error, store.file);
      if (readOnly !== undefined) return fail(readOnly.code, readOnly.message);
      log(error);
      return fail('internal', 'Something went wrong inside Carrel; nothing was changed. The details are in the log.');
    }
  };
}

/** Deeper than any argument of the contract goes; more is a hostile or broken request, refused unwalked. */
const MAX_DEPTH = 32;

/** Why `args` cannot be taken before any schema reads them, in a sentence, or undefined. */
function shapeProblem(args: unknown): string | undefined {
  if (nestedDeeperThan(args, MAX_DEPTH)) return `it is nested more than ${MAX_DEPTH} levels deep. Nothing was changed.`;
  if (holdsBrokenCharacter(args)) return 'it holds a broken character (half of a surrogate pair) that cannot be stored as it is. Nothing was changed.';
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
