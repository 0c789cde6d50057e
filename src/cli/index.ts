/**
 * The command line of the kit, for catalogue maintainers: validate, import, export, pack.
 */
import { UsageError, parseArgs, type ParsedArgs } from './args.js';
import { IMPORT_USAGE, importCommand } from './import.js';
import type { CliIo } from './report.js';
import { EXPORT_USAGE, exportCommand } from './export.js';
import { PACK_USAGE, packCommand } from './pack.js';
import { VALIDATE_USAGE, loadCatalogue, validateCommand } from './validate.js';

export type { CliIo } from './report.js';
export { catalogueJsonSchema } from '../catalogue/json-schema.js';

const USAGE = `Usage: willkommen-widgets <command> …

Commands:
  validate <file-folder-or-url>   check a catalogue or a pack, and write a repaired copy with --out
  import <format> <input>         make a catalogue from HSDS, Integreat, schema.org or a spreadsheet
  export hsds <file-or-url>       write a catalogue's offers as Open Referral HSDS 3.0 JSON
  pack <file-or-url> <folder>     write a catalogue as a pack for the network (parts loaded as needed)
Run "willkommen-widgets <command> --help" for the options of a command.`;

const COMMANDS = {
  validate: { usage: VALIDATE_USAGE, valued: ['out', 'limit'], flags: ['json'], arity: 1, run: validateCommand },
  import: { usage: IMPORT_USAGE, valued: ['out', 'languages', 'language', 'time-zone', 'category-map', 'title', 'limit'], flags: ['json'], arity: 2, run: importCommand },
  export: { usage: EXPORT_USAGE, valued: ['out', 'language'], flags: [], arity: 2, run: exportCommand },
  pack: { usage: PACK_USAGE, valued: ['details-size', 'list-size'], flags: ['json', 'clean'], arity: 2, run: (args: ParsedArgs, io: CliIo) => packCommand(args, io, loadCatalogue) },
} as const;

export async function runCli(args: string[], io: CliIo, version = ''): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    io.err(`willkommen-widgets: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    const parsed = parseArgs(rest, command.valued, command.flags);
    if (parsed.positional.length !== command.arity) {
      throw new UsageError(parsed.positional.length < command.arity ? 'missing argument' : `unexpected argument "${parsed.positional[command.arity]}"`);
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`willkommen-widgets ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`willkommen-widgets ${name}: ${(error as Error).message}`);
    return 2;
  }
}
