// vue-tsc on TypeScript 5: vue-tsc needs TypeScript's JavaScript API, which TypeScript 7 (the
// native compiler this repository builds with) does not have, so TypeScript 5 is installed beside it
// under the name `typescript5`. Usage: node examples/vue/vue-tsc.cjs -p examples/vue
require('vue-tsc').run(require.resolve('typescript5/lib/tsc'));
