// The custom elements manifest (custom-elements.json): attributes, properties, events, parts and
// custom properties of each element, read from the class doc comments. `npm run build` writes it.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
