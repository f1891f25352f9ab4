import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The room (renderer/room.tsx) as one chunk: every module it imports, less those the entry (main.tsx)
 * already holds. Modules it shares with the panels loaded later had otherwise gone into six small chunks
 * of their own, each a request and a module to link before the room's keys work (some 10 ms of a cold
 * start's 170, bench/cold-start.ts). The panels then import from the room, which is always loaded first.
 */
function roomChunk(): { plugin: Plugin; holds: (id: string) => boolean } {
  const room = new Set<string>();
  const plugin: Plugin = {
    name: 'carrel-room-chunk',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const imports = (entry: string): Set<string> => {
        const found = new Set<string>();
        const next = ids.filter((id) => id.endsWith(entry));
        for (let id = next.pop(); id !== undefined; id = next.pop()) {
          if (found.has(id)) continue;
          found.add(id);
          next.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return found;
      };
      const entry = imports('/renderer/main.tsx');
      room.clear();
      // Vite's own helpers (virtual modules) stay with the entry, which uses them to load the room.
      for (const id of imports('/renderer/room.tsx')) if (!entry.has(id) && !id.startsWith('\0') && !id.includes('vite/')) room.add(id);
    },
  };
  return { plugin, holds: (id) => room.has(id) };
}

// The renderer is served from app:// in Electron and from the loopback host elsewhere: relative paths.
// `vite build --ssr first-screen/render.tsx` builds the first screen the main side renders (renderer/first-screen/render.tsx)
// into its own folder, with react and react-dom left as imports of the package's dependencies.
export default defineConfig(({ isSsrBuild }) => {
  const room = roomChunk();
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), room.plugin],
    // The first screen's module carries React's production build inside it, whoever starts the main side.
    ...(isSsrBuild && { ssr: { noExternal: true }, define: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    build: {
      outDir: isSsrBuild ? '../dist/first-screen' : '../dist/renderer',
      emptyOutDir: true,
      target: isSsrBuild ? 'node22' : 'es2023',
      sourcemap: false,
      // One stylesheet, linked by index.html, for the room main.tsx loads later too: the host takes the first
      // screen's critical rules from it (db/first-screen.ts).
      cssCodeSplit: false,
      rollupOptions: {
        output: isSsrBuild
          ? { entryFileNames: 'render.js' }
          : // Only the modules named, not what they import: the entry's modules they import stay in the entry.
            { codeSplitting: { groups: [{ name: 'room', test: room.holds }], includeDependenciesRecursively: false } },
      },
      ...(isSsrBuild && { copyPublicDir: false }),
    },
  };
});
