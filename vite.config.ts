import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// in Electron and from the loopback host elsewhere: relative paths.
// `vite build --ssr first-screen/render.tsx` builds the first screen the main side renders (renderer/first-screen/render.tsx)
// into its own folder, with react and react-dom left as imports of the package's dependencies.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
