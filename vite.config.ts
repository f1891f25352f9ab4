import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Adds a modulepreload link to index.html for each module of the room (renderer/room.tsx and what it
 * imports). main.tsx imports the room only once the host's first screen is painted, and it should then find
 * it fetched and compiled rather than start fetching it.
 */
function preloadRoom(): Plugin {
  return {
    name: 'carrel-preload-room',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const room = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith('/renderer/room.tsx'));
        if (!room) throw new Error('The build has no chunk for renderer/room.tsx.');
        const linked = new Set([entry.fileName, ...entry.imports]);
        const files = new Set<string>();
        const add = (fileName: string): void => {
          const item = bundle[fileName];
          if (files.has(fileName) || linked.has(fileName) || item?.type !== 'chunk') return;
          files.add(fileName);
          item.imports.forEach(add);
        };
        add(room.fileName);
        return [...files].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
      },
    },
  };
}

// The renderer is served from app:// in Electron and from the loopback host elsewhere: relative paths.
// `vite build --ssr first-screen/render.tsx` builds the first screen the main side renders (renderer/first-screen/render.tsx)
// into its own folder, with react and react-dom left as imports of the package's dependencies.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadRoom()],
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
    ...(isSsrBuild && { copyPublicDir: false, rollupOptions: { output: { entryFileNames: 'render.js' } } }),
  },
}));
