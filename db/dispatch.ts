/**
 * The one dispatcher both bindings call: it checks the method name, validates the arguments against the
 * contract's schema, calls the service, and turns failures into answers a user can read.
 */
import { apiSchemas, isApiMethod, type ApiAnswer, type ApiMethod, type CarrelService } from '../core/api.js';
import { isCarrelError } from '../core/errors.js';

/** Answers one call; never throws. `log` receives unexpected errors (programming faults) for the console. */
export type Dispatch = (method: string, args: unknown) => Promise<ApiAnswer>;

/** Builds the dispatcher over a service. */
export function createDispatcher(service: CarrelService, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    if (!isApiMethod(method)) {
      return fail('bad-request', `Carrel has no action called "${method}".`);
    }
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
      log(error);
      return fail('internal', 'Something went wrong inside Carrel; nothing was changed. The details are in the log.');
    }
  };
}

function call<M extends ApiMethod>(service: CarrelService, method: M, args: unknown): unknown {
  // The schema has just validated `args` for this very method.
  const fn = service[method] as (a: unknown) => unknown;
  return fn.call(service, args);
}

function fail(code: string, message: string): ApiAnswer {
  return { ok: false, error: { code, message } };
}
