// A host's theme for the Theming stories: the `--wk-` custom properties a site sets to make the
// widgets its own (every one of them is a control on every story; see the docs pages).
export const THEME = {
  '--wk-accent': '#7a1f5c',
  '--wk-accent-contrast': '#ffffff',
  '--wk-surface-alt': '#fbf4f8',
  '--wk-border': '#8f5a7d',
  '--wk-radius': '0',
  '--wk-font': "'Trebuchet MS', sans-serif",
  '--wk-font-size': '18px',
  '--wk-focus': '#0b6e4f',
};
