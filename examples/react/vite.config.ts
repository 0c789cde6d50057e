// npx vite examples/react (after npm run build): the example with the sample catalogue.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Built files find each other wherever the folder is served.
  base: './',
});
