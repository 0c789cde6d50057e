// npx vite examples/vue (after npm run build): the example with the sample catalogue.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The kit's elements: Vue renders them as they are instead of looking for Vue components. */
const KIT_ELEMENTS = ['offer-search', 'offer-map', 'event-list', 'job-board'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => KIT_ELEMENTS.includes(tag) } } })],
  // Built files find each other wherever the folder is served.
  base: './',
});
