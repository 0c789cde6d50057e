/**
 * The command line of the kit, for catalogue maintainers: validate, import, export, pack, feeds.
 */
import { UsageError, parseArgs, type ParsedArgs } from './args.js';
import { IMPORT_USAGE, importCommand } from './import.js';
import type { CliIo } from './report.js';
import { EXPORT_USAGE, exportCommand } from './export.js';
import { FEEDS_USAGE, feedsCommand } from './feeds.js';
import { PACK_USAGE, packCommand } from './pack.js';
import { VALIDATE_USAGE, loadCatalogue, validateCommand } from './validate.js';
import { CliError, didYouMean, fileMessage, isFileError } from './messages.js';

export type { CliIo } from './report.js';
export { catalogueJsonSchema } from '../catalogue/json-schema.js';

const USAGE = `willkommen-widgets: check, import, export and pack catalogues for the Willkommen widgets, and write their calendar feeds

Usage: willkommen-widgets <command> <arguments> [options]

Commands:
  validate <file-folder-or-url>   check a catalogue or a pack, and write a repaired copy with --out
  import <format> <input>         make a catalogue from HSDS, Integreat, schema.org or a spreadsheet
  export hsds <file-or-url>       write a catalogue's offers as Open Referral HSDS 3.0 JSON
  pack <file-or-url> <folder>     write a catalogue as a pack for the network (parts loaded as needed)
  feeds <file-or-url> <folder>    write the events as calendar feeds (.ics) that calendar apps subscribe to

Options:
  -h, --help      this help; after a command, that command's options: willkommen-widgets pack --help
  -v, --version   the version of the kit

Examples:
  willkommen-widgets validate catalogue.json
  willkommen-widgets validate https://example.org/catalogue.json --out clean.json
  willkommen-widgets import csv angebote.csv --out catalogue.json
  willkommen-widgets export hsds catalogue.json --out services.json
  willkommen-widgets pack catalogue.json public/katalog/
  willkommen-widgets feeds catalogue.json public/feeds/ --url https://example.org/feeds/

Exit status:
  0  done, nothing to report
  1  done, with problems reported (records dropped or repaired, values not mapped)
  2  nothing done: the input is missing or unusable, or the command line is wrong`;

/** Options every command takes. */
const COMMON_VALUED = ['timeout'];

const COMMANDS = {
  validate: { usage: VALIDATE_USAGE, valued: ['out', 'limit'], flags: ['json'], arity: 1, run: validateCommand },
  import: { usage: IMPORT_USAGE, valued: ['out', 'languages', 'language', 'time-zone', 'category-map', 'title', 'limit'], flags: ['json'], arity: 2, run: importCommand },
  export: { usage: EXPORT_USAGE, valued: ['out', 'language'], flags: [], arity: 2, run: exportCommand },
  pack: { usage: PACK_USAGE, valued: ['details-size', 'list-size', 'first-size', 'feeds-url'], flags: ['json', 'clean'], arity: 2, run: (args: ParsedArgs, io: CliIo) => packCommand(args, io, loadCatalogue) },
  feeds: { usage: FEEDS_USAGE, valued: ['url', 'past-days'], flags: ['json', 'clean'], arity: 2, run: (args: ParsedArgs, io: CliIo) => feedsCommand(args, io, loadCatalogue) },
} as const;
/** What a first word can be (for the suggestion after a typing mistake). */
const NAMES = [...Object.keys(COMMANDS), 'help'];

/** A command's first usage line and where its help is. */
function usageHint(name: string, usage: string): string {
  return `Usage: ${usage.split('\n')[0]}\nRun "willkommen-widgets ${name} --help" for its options and examples.`;
}

export async function runCli(args: string[], io: CliIo, version = ''): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  if (name === 'help') return runCli([rest[0], '--help'], io, version);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined;
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${didYouMean(name, NAMES)}`;
    io.err(`willkommen-widgets: ${what}\nRun "willkommen-widgets --help" for the commands and their options.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    const parsed = parseArgs(rest, [...command.valued, ...COMMON_VALUED], command.flags);
    if (parsed.positional.length !== command.arity) {
      throw new UsageError(parsed.positional.length < command.arity ? 'missing argument' : `unexpected argument "${parsed.positional[command.arity]}"`);
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`willkommen-widgets ${name}: ${error.message}\n${usageHint(name, command.usage)}`);
    } else if (error instanceof CliError) {
      io.err(error.message);
    } else if (isFileError(error)) {
      io.err(fileMessage(error, error.path, ['mkdir', 'write', 'unlink', 'rename', 'copyfile'].includes(error.syscall ?? '')));
    } else {
      io.err(`willkommen-widgets ${name}: ${(error as Error).message ?? String(error)}`);
    }
    return 2;
  }
}
