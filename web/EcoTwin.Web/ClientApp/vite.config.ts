import { defineConfig } from 'vite';

// The silo serves the built files from its output folder (see EcoTwin.Web.csproj and Ui/UiEndpoints.cs).
// `npm run dev` proxies the API and the hub to a silo on ECOTWIN_SILO (default http://localhost:5000).
declare const process: { env: Record<string, string | undefined> };
const silo = process.env.ECOTWIN_SILO ?? 'http://localhost:5000';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // @microsoft/signalr ships /*#__PURE__*/ comments in places Rollup ignores; harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('@microsoft/signalr')) return;
        warn(warning);
      },
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (id.includes('node_modules/@microsoft/signalr')) return 'signalr';
          return undefined; // echarts stays in its own lazily imported chunk
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': silo,
      '/hubs': { target: silo, ws: true },
    },
  },
});
