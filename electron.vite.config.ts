import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Main bundles the Electron shell and the browser-mode host (plain Node) side by side,
// so `npm run start:browser` runs the very backend the desktop app runs.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies are bundled in: Node compiles and links each ES module file on its own, and
      // zod, yaml and marked are a few hundred files that took ~100 ms of every start. Only the
      // native SQLite binding has to be loaded from node_modules.
      externalizeDeps: false,
      rollupOptions: {
        external: ['better-sqlite3'],
        input: {
          index: resolve('electron/main/index.ts'),
          host: resolve('electron/backend/host/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires only 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // Everything the first screen imports goes in one file. Left to itself the bundler
        // shares modules with the lazy screens through ~20 small chunks, and the browser asks
        // for them six at a time: the page's scripts arrived in four rounds instead of one.
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
    },
    plugins: [react()],
  },
})
