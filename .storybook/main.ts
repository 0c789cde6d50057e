import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo pages (and the embed builder, /demo/builder.html) with the kit's built files they load.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    ...(existsSync(new URL('../dist/cdn', import.meta.url)) ? [{ from: '../dist/cdn', to: '/dist/cdn' }] : []),
  ],
  core: { disableTelemetry: true },
  // Vite says only what needs attention: not the hundred files it wrote, not how long Storybook's
  // own plugins took on a busy machine, and not that Storybook's preview runtime is one chunk of
  // about 1.2 MB (no visitor of a site downloads it).
  viteFinal: (config) => ({
    ...config,
    logLevel: 'warn',
    build: {
      ...config.build,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { ...config.build?.rolldownOptions, checks: { ...config.build?.rolldownOptions?.checks, bundlerTimings: false } },
    },
  }),
};
export default config;
