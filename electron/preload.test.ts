import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apiSchemas, type ApiAnswer, type CarrelApi } from '../core/api.js';

type Invoke = (channel: string, method: string, args: unknown) => Promise<unknown>;

/**
 * Runs preload.cts as Electron's sandbox would: compiled to CommonJS, in a fresh context without Node's
 * globals, with a `require` that knows only `electron` (here a stand-in). Returns what it exposed.
 */
function loadPreload(invoke: Invoke): { exposed: Map<string, unknown>; required: string[] } {
  const source = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: 'preload.cts',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2023 },
  });
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: { invoke },
  };
  const sandboxedRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`A sandboxed preload cannot require "${name}".`);
    return electron;
  };
  runInNewContext(outputText, { require: sandboxedRequire, module: { exports: {} }, exports: {} });
  return { exposed, required };
}

/** The exposed `window.carrel`, over an invoke that answers `answer` and records its calls. */
function carrelAnswering(answer: (method: string) => Promise<unknown>) {
  const calls: [string, string, unknown][] = [];
  const { exposed } = loadPreload((channel, method, args) => {
    calls.push([channel, method, args]);
    return answer(method);
  });
  return { carrel: exposed.get('carrel') as CarrelApi, calls };
}

describe('preload', () => {
  it('requires nothing but electron, as the sandbox demands', () => {
    const { required } = loadPreload(() => Promise.resolve(undefined));
    expect(required).toEqual(['electron']);
  });

  it('exposes window.carrel with exactly the methods of the contract', () => {
    const { exposed } = loadPreload(() => Promise.resolve(undefined));
    expect([...exposed.keys()]).toEqual(['carrel']);
    const carrel = exposed.get('carrel') as Record<string, unknown>;
    expect(Object.keys(carrel).sort()).toEqual(Object.keys(apiSchemas).sort());
    for (const method of Object.keys(carrel)) expect(typeof carrel[method], method).toBe('function');
  });

  it('sends each call on the carrel channel and resolves with the value', async () => {
    const value = { version: '0.1.0', dataDir: '/tmp/carrel' };
    const { carrel, calls } = carrelAnswering(async () => ({ ok: true, value }) satisfies ApiAnswer);
    await expect(carrel.appInfo({})).resolves.toEqual(value);
    await carrel.getDocument({ documentId: 'doc-1' });
    expect(calls).toEqual([
      ['carrel', 'appInfo', {}],
      ['carrel', 'getDocument', { documentId: 'doc-1' }],
    ]);
  });

  it('sends an empty object when a method is called without arguments', async () => {
    const { carrel, calls } = carrelAnswering(async () => ({ ok: true, value: [] }));
    await (carrel.listDocuments as () => Promise<unknown>)();
    expect(calls).toEqual([['carrel', 'listDocuments', {}]]);
  });

  it("rejects with the store's message when the answer is an error", async () => {
    const message = 'No document has the id "doc-9".';
    const { carrel } = carrelAnswering(async () => ({ ok: false, error: { code: 'not-found', message } }) satisfies ApiAnswer);
    await expect(carrel.getDocument({ documentId: 'doc-9' })).rejects.toThrow(message);
  });

  it('rejects with a readable message when IPC itself fails or answers nonsense', async () => {
    const broken = carrelAnswering(() => Promise.reject(new Error("Error invoking remote method 'carrel': No handler registered")));
    await expect(broken.carrel.appInfo({})).rejects.toThrow('Carrel could not reach its library');
    const garbled = carrelAnswering(async () => ({ status: 'fine' }));
    await expect(garbled.carrel.appInfo({})).rejects.toThrow('Carrel could not reach its library');
  });
});
