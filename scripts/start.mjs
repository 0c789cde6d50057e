// npm start: builds the script-tag bundle and serves the demo host page on the bundled sample
// catalogue. Installs nothing. PORT and HOST change where it listens.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { serve } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8080);

/** Says what is wrong in one plain line, with what to do, and stops (no stack trace). */
function stop(message) {
  console.error(message);
  process.exit(1);
}

/** Whether `port` can be listened on: undefined when it can, else the error code. */
function tryPort(at) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code ?? String(error)));
    probe.listen({ port: at, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

/** What to say when the server cannot listen (`code` from listen), or undefined for an unknown error. */
async function listenProblem(code) {
  if (code === 'EADDRINUSE') {
    let free = port + 1;
    while (free < Math.min(port + 100, 65535) && (await tryPort(free))) free++;
    return `Port ${port} is in use. Start on another one: PORT=${free} npm start`;
  }
  if (code === 'EACCES') return `Port ${port} is reserved for administrators on this machine. Start on another one: PORT=8080 npm start`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `HOST=${host} is not an address of this machine. Leave HOST out (127.0.0.1, this machine only) or use HOST=0.0.0.0 (every network).`;
  }
  return undefined;
}

if (!Number.isInteger(port) || port < 0 || port > 65535) stop(`PORT=${process.env.PORT} is not a port number. Use one from 1024 to 65535, such as PORT=8080 npm start`);
// Checked before the build, so a busy port is said at once.
if (port !== 0) {
  const code = await tryPort(port);
  if (code) stop((await listenProblem(code)) ?? `Cannot listen on ${host}:${port} (${code}).`);
}
try {
  if (!process.env.WK_SKIP_BUILD) execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
} catch {
  stop('The build failed (see above); the demo was not started.');
}
// The sample catalogue as a pack too, for /demo/?pack (the form for phone networks and large catalogues).
try {
  execFileSync(process.execPath, [`${root}bin/willkommen-widgets.js`, 'pack', `${root}demo/catalogue.json`, `${root}demo/pack`, '--clean', '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (error) {
  stop(`The sample catalogue could not be packed for /demo/?pack: ${String(error.stderr ?? error.message).trim()}`);
}
// The port may have been taken during the build: said the same way.
const onListenError = async (error) => {
  const message = await listenProblem(error.code);
  if (message) stop(message);
  console.error(error);
  process.exit(1);
};
process.once('uncaughtException', onListenError);
const { url } = await serve({ root, port, host });
process.off('uncaughtException', onListenError);
console.log(`\nDemo: ${url}/demo/   (catalogue: ${url}/demo/catalogue.json, schema: ${url}/schema/catalogue-v1.schema.json)`);
console.log(`The same catalogue as a pack: ${url}/demo/?pack   (${url}/demo/pack/index.json)`);
console.log('Press Ctrl+C to stop.');
