import { describe, expect, it } from 'vitest';
import type { ApiAnswer } from '../core/api.js';
import type { FrameLike, InvokeEventLike, InvokeListener } from './electron-modules.js';
import { REFUSED, bindIpc } from './ipc.js';

const appContents = { id: 1 };
const appFrame: FrameLike = { url: 'app://carrel/index.html', parent: null };

/** Binds the channel over a dispatcher that records its calls; returns a way to call it as a renderer would. */
function bound() {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, InvokeListener>();
  bindIpc(
    { handle: (channel, listener) => void listeners.set(channel, listener) },
    async (method, args) => {
      calls.push([method, args]);
      return { ok: true, value: { version: '0.1.0', dataDir: '/tmp/carrel' } };
    },
    () => appContents,
  );
  const invoke = (event: InvokeEventLike, ...args: unknown[]) => {
    const listener = listeners.get('carrel');
    if (!listener) throw new Error('no handler on the carrel channel');
    return listener(event, ...args) as Promise<ApiAnswer>;
  };
  return { calls, invoke };
}

describe('bindIpc', () => {
  it("passes a call from Carrel's page to the dispatcher and returns its answer", async () => {
    const { calls, invoke } = bound();
    const answer = await invoke({ sender: appContents, senderFrame: appFrame }, 'appInfo', {});
    expect(answer).toEqual({ ok: true, value: { version: '0.1.0', dataDir: '/tmp/carrel' } });
    expect(calls).toEqual([['appInfo', {}]]);
  });

  it('refuses a frame showing a foreign page', async () => {
    const { calls, invoke } = bound();
    const foreign = { url: 'https://evil.example/', parent: null };
    expect(await invoke({ sender: appContents, senderFrame: foreign }, 'listDocuments', {})).toEqual(REFUSED);
    expect(calls).toEqual([]);
  });

  it('refuses a subframe, even one on app://', async () => {
    const { calls, invoke } = bound();
    const subframe = { url: 'app://carrel/index.html', parent: appFrame };
    expect(await invoke({ sender: appContents, senderFrame: subframe }, 'listDocuments', {})).toEqual(REFUSED);
    expect(calls).toEqual([]);
  });

  it('refuses a call whose frame is gone', async () => {
    const { calls, invoke } = bound();
    expect(await invoke({ sender: appContents, senderFrame: null }, 'listDocuments', {})).toEqual(REFUSED);
    expect(calls).toEqual([]);
  });

  it("refuses another window's page, even on app://", async () => {
    const { calls, invoke } = bound();
    expect(await invoke({ sender: { id: 2 }, senderFrame: appFrame }, 'listDocuments', {})).toEqual(REFUSED);
    expect(calls).toEqual([]);
  });

  it('refuses a call without a method name', async () => {
    const { calls, invoke } = bound();
    const answer = await invoke({ sender: appContents, senderFrame: appFrame }, { method: 'appInfo' });
    expect(answer.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
