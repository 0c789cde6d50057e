// npm start: builds the script-tag bundle and serves the demo host page on the bundled sample
// catalogue. Installs nothing. PORT and HOST change where it listens.
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!process.env.WK_SKIP_BUILD) execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
// The sample catalogue as a pack too, for /demo/?pack (the form for phone networks and large catalogues).
execFileSync(process.execPath, [`${root}bin/willkommen-widgets.js`, 'pack', `${root}demo/catalogue.json`, `${root}demo/pack`, '--clean', '--json'], { stdio: 'ignore' });
const { url } = await serve({ root, port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
console.log(`\nDemo: ${url}/demo/   (catalogue: ${url}/demo/catalogue.json, schema: ${url}/schema/catalogue-v1.schema.json)`);
console.log(`The same catalogue as a pack: ${url}/demo/?pack   (${url}/demo/pack/index.json)`);
console.log('Press Ctrl+C to stop.');
