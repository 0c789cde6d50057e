// What the command line and `npm start` say when something is wrong, as a newcomer meets it: help,
// typing mistakes, missing or broken files, hosts that cannot be reached, a busy port. The CLI
// runs as a child process from the build (`npm test` builds first).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
const dir = mkdtempSync(join(tmpdir(), 'wk-cli-messages-'));

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

/** Runs a script as a child process (asynchronously: the test servers answer from this process). */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: dir, env: { ...process.env, ...env }, timeout: 20_000 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, out, err, ms: Date.now() - started });
    });
  });
}
const cli = (...args: string[]) => run(`${root}bin/willkommen-widgets.js`, args);

/** The five commands, each given `input` where it reads a catalogue (the output goes to `dir`). */
const everyCommand = (input: string, ...options: string[]) =>
  Promise.all([
    cli('validate', input, ...options),
    cli('import', 'hsds', input, ...options),
    cli('export', 'hsds', input, ...options),
    cli('pack', input, join(dir, 'pack-out'), ...options),
    cli('feeds', input, join(dir, 'feeds-out'), ...options),
  ]);

/** A message for people: no system error codes, no stack, no JSON.parse wording. */
function expectPlain(text: string) {
  expect(text).not.toMatch(/\bE[A-Z]{4,}\b|UND_ERR|at position|fetch failed|Error:|\n\s+at /);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

describe.concurrent('help and version', () => {
  it('lists the commands, the options, examples and the exit codes', async () => {
    const [help, short] = await Promise.all([cli('--help'), cli('-h')]);
    expect(help.code).toBe(0);
    for (const part of ['validate <file-folder-or-url>', 'import <format> <input>', 'export hsds', 'pack <file-or-url> <folder>', 'feeds <file-or-url> <folder>', '-h, --help', '-v, --version', 'Examples:', 'willkommen-widgets pack catalogue.json public/katalog/', 'Exit status:', '  2  nothing done']) {
      expect(help.out).toContain(part);
    }
    expect(short.out).toBe(help.out);
  });

  it('shows a command’s own options with --help, -h or help <command>', async () => {
    const [long, short, word, ...others] = await Promise.all([cli('pack', '--help'), cli('pack', '-h'), cli('help', 'pack'), ...['validate', 'import', 'export', 'feeds'].map((c) => cli(c, '--help'))]);
    expect(long.code).toBe(0);
    expect(long.out).toMatch(/^willkommen-widgets pack <file-or-url> <folder>/);
    expect(long.out).toContain('--clean');
    expect(long.out).toContain('--timeout S');
    expect(long.out).toContain('Examples:');
    expect(long.out).toContain('Exit status: 0 packed');
    expect(short.out).toBe(long.out);
    expect(word.out).toBe(long.out);
    for (const { code, out } of others) {
      expect(code).toBe(0);
      expect(out).toContain('Examples:');
      expect(out).toContain('Exit status:');
    }
  });

  it('prints the version of package.json with --version and -v', async () => {
    const [long, short] = await Promise.all([cli('--version'), cli('-v')]);
    expect(long.out.trim()).toBe(version);
    expect(short.out.trim()).toBe(version);
  });
});

describe.concurrent('typing mistakes', () => {
  it('suggests the command meant, exits 2 and points to --help', async () => {
    const [typo, swapped, short] = await Promise.all([cli('valdate', 'catalogue.json'), cli('exprot', 'hsds', 'x.json'), cli('pakc', 'x.json', 'out')]);
    expect(typo.code).toBe(2);
    expect(typo.err).toBe('willkommen-widgets: unknown command "valdate" — did you mean "validate"?\nRun "willkommen-widgets --help" for the commands and their options.\n');
    expect(swapped.err).toContain('did you mean "export"?');
    expect(short.err).toContain('did you mean "pack"?');
  });

  it('suggests nothing when no command is close', async () => {
    const far = await cli('frobnicate');
    expect(far.code).toBe(2);
    expect(far.err).toContain('unknown command "frobnicate"\n');
    expect(far.err).not.toContain('did you mean');
  });

  it('suggests the option and the import format meant, and names the export format', async () => {
    const [option, dash, hsd, schema, format] = await Promise.all([
      cli('validate', 'catalogue.json', '--jsn'),
      cli('pack', 'a.json', 'out', '-clean'),
      cli('import', 'hsd', 'services.json'),
      cli('import', 'schemaorg', 'page.html'),
      cli('export', 'hdss', 'catalogue.json'),
    ]);
    expect(option.code).toBe(2);
    expect(option.err).toContain('willkommen-widgets validate: unknown option --jsn — did you mean --json?');
    expect(option.err).toContain('Run "willkommen-widgets validate --help"');
    expect(dash.err).toContain('unknown option -clean — did you mean --clean?');
    expect(hsd.err).toContain('unknown format "hsd" — did you mean "hsds"?');
    expect(schema.err).toContain('did you mean "schema-org"?');
    expect(format.code).toBe(2);
    expect(format.err).toContain('unknown export format "hdss"; the one format is hsds');
  });
});

describe.concurrent('files that are missing, empty, folders or not JSON', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'empty.json'), '  \n');
    // A trailing comma on line 5, as hand-edited catalogues have.
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "willkommen-catalogue",\n  "version": 1,\n  "offers": [\n    {"id": "sprachcafe",}\n  ]\n}\n');
    mkdirSync(join(dir, 'folder'), { recursive: true });
    writeFileSync(join(dir, 'folder', 'notes.txt'), 'not a catalogue');
  });

  it('says "file not found" for every command', async () => {
    for (const result of await everyCommand('no-such.json')) {
      expect(result.code).toBe(2);
      expect(result.err).toBe('file not found: no-such.json\n');
    }
  });

  it('says the file is empty for every command', async () => {
    for (const result of await everyCommand('empty.json')) {
      expect(result.code).toBe(2);
      expect(result.err).toBe('the file is empty: empty.json\n');
    }
  });

  it('names the line and column of a JSON mistake and shows the line, for every command', async () => {
    for (const result of await everyCommand('broken.json')) {
      expect(result.code).toBe(2);
      expect(result.err).toBe(`broken.json: not valid JSON at line 5, column 25: expected double-quoted property name\n    {"id": "sprachcafe",}\n    ${' '.repeat(20)}^\n`);
    }
  });

  it('finds the place of a mistake whose parse error gives no position', async () => {
    writeFileSync(join(dir, 'word.json'), '{\n  "format": willkommen\n}\n');
    writeFileSync(join(dir, 'cut.json'), '{\n  "format": "willkommen-catalogue",\n  "offers": [\n');
    const [word, cut] = await Promise.all([cli('validate', 'word.json'), cli('validate', 'cut.json')]);
    expect(word.code).toBe(2);
    expect(word.err).toMatch(/^word\.json: not valid JSON at line 2, column 13: unexpected character "w"\n/);
    expect(cut.err).toMatch(/^cut\.json: not valid JSON at line 3, column 14: the text ends too early/);
  });

  it('says when a folder is given where a catalogue file is expected', async () => {
    const [validate, , exported, pack, feeds] = await everyCommand('folder');
    for (const result of [validate, exported, pack, feeds]) {
      expect(result.code).toBe(2);
      expect(result.err).toBe('folder is a folder without a pack in it (no index.json); give a catalogue\'s file, a pack\'s folder or an http(s) address\n');
    }
    mkdirSync(join(dir, 'empty-folder'), { recursive: true });
    expect(await cli('import', 'csv', 'empty-folder')).toMatchObject({ code: 2, err: 'the folder is empty: empty-folder\n' });
  });

  it('says when the output is a folder where a file is expected, and a file where pack needs a folder', async () => {
    const catalogue = `${root}tests/fixtures/small-catalogue.json`;
    const [validate, exported, missing, pack, inFile, feeds] = await Promise.all([
      cli('validate', catalogue, '--out', 'folder'),
      cli('export', 'hsds', catalogue, '--out', 'folder'),
      cli('export', 'hsds', catalogue, '--out', 'no-such-folder/services.json'),
      cli('pack', catalogue, 'empty.json'),
      cli('pack', catalogue, 'empty.json/pack'),
      cli('feeds', catalogue, 'empty.json'),
    ]);
    expect(validate.code).toBe(2);
    expect(validate.err).toBe('cannot write folder: it is a folder; give a file name\n');
    expect(exported.err).toBe('cannot write folder: it is a folder; give a file name\n');
    expect(missing.err).toBe('cannot write no-such-folder/services.json: the folder no-such-folder does not exist\n');
    expect(pack.code).toBe(2);
    expect(pack.err).toBe('empty.json is a file, not a folder: pack writes several files into a folder (made when it is missing)\n');
    expect(inFile.err).toBe('cannot make the folder empty.json/pack: a part of the path is a file, not a folder\n');
    expect(feeds.code).toBe(2);
    expect(feeds.err).toBe('empty.json is a file, not a folder: feeds writes several files into a folder (made when it is missing)\n');
  });

  it('keeps the first line of the message in the JSON answer', async () => {
    const { code, out } = await cli('validate', 'broken.json', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toBe('broken.json: not valid JSON at line 5, column 25: expected double-quoted property name');
  });
});

describe.concurrent('hosts that cannot be reached', () => {
  let silent: Server;
  let silentPort: number;
  const held: Socket[] = [];
  let closedPort: number;

  beforeAll(async () => {
    // Accepts connections and never answers.
    silent = createServer((socket) => held.push(socket));
    silentPort = await listen(silent);
    // A port that was free a moment ago: nothing listens there.
    const gone = createServer();
    closedPort = await listen(gone);
    await new Promise((resolve) => gone.close(resolve));
  });
  afterAll(() => {
    for (const socket of held) socket.destroy();
    silent.close();
  });

  it('names a host whose name is unknown, for every command', async () => {
    for (const result of await everyCommand('http://wk-nowhere.invalid/catalogue.json')) {
      expect(result.code).toBe(2);
      // Offline machines cannot even ask: the name is then "could not be looked up".
      expect(result.err).toMatch(/^cannot reach wk-nowhere\.invalid: the host name (is unknown|could not be looked up)/);
      expectPlain(result.err);
    }
  });

  it('names a host that refuses the connection, for every command', async () => {
    for (const result of await everyCommand(`http://127.0.0.1:${closedPort}/catalogue.json`)) {
      expect(result.code).toBe(2);
      expect(result.err).toBe(`cannot reach 127.0.0.1:${closedPort}: the connection was refused (no server answers there)\n`);
    }
  });

  it('names a host that does not answer in time (--timeout), for every command', async () => {
    for (const result of await everyCommand(`http://127.0.0.1:${silentPort}/catalogue.json`, '--timeout', '0.5')) {
      expect(result.code).toBe(2);
      expect(result.err).toBe(`no answer from 127.0.0.1:${silentPort} within 0.5 s\n`);
      expect(result.ms, 'well before the default 30 s').toBeLessThan(10_000);
    }
  });
});

describe('npm start on a busy port', () => {
  it('says which port to use instead, at once and without a stack trace', async () => {
    const busy = createServer();
    const port = await listen(busy);
    try {
      // WK_SKIP_BUILD: should the port check ever fail, no build is started from a test.
      const result = await run(`${root}scripts/start.mjs`, [], { PORT: String(port), HOST: '127.0.0.1', WK_SKIP_BUILD: '1' });
      expect(result.code).not.toBe(0);
      expect(result.err).toMatch(new RegExp(`^Port ${port} is in use\\. Start on another one: PORT=(\\d+) npm start\\n$`));
      expect(Number(/PORT=(\d+)/.exec(result.err)?.[1])).toBeGreaterThan(port);
      expect(result.out).toBe('');
      expect(result.ms).toBeLessThan(5000);
    } finally {
      busy.close();
    }
  });
});
