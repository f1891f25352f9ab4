/**
 * The `carrel` command: parses the command line, opens the store and runs one command. Every failure a
 * user can meet ends in one line naming the problem and what to do, and a non-zero exit code.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { ExportFormat } from '../core/api.js';
import { isCarrelError } from '../core/errors.js';
import { openCarrel, storeProblemSaid, type CarrelApp } from '../db/index.js';
import { dataDirFromEnv } from '../db/data-dir.js';
import { packagePath } from '../db/package-root.js';
import { formatDocuments } from './commands/documents.js';
import { exportFormatProblem, exportNotes } from './commands/export.js';
import { formatOutcomes, importFiles } from './commands/import.js';
import { importNotesFile } from './commands/import-notes.js';
import { mentionsInFile } from './commands/mentions.js';
import { formatPeople } from './commands/people.js';
import { formatSearch } from './commands/search.js';
import { listedBackups, restoredBackup } from './commands/restore.js';
import { serve } from './commands/serve.js';
import { readingText, transcriptionProblem } from './commands/text.js';

const USAGE = `Usage: carrel <command> [options]

Commands:
  serve [--port N] [--no-open]   open the reading room through a local host (127.0.0.1 only)
  documents [--json]             list the documents in the library
  people [--json]                list the people in the registry
  mentions FILE [--json]         print the mentions of registry people in a UTF-8 text file (not stored)
  import FILE... [--into ID] [--collection NAME] [--json]
                                 import documents (text in any common encoding, Markdown, HTML, TEI,
                                 DOCX, PDF; a folder: every file in it), or add them to document ID
                                 as further transcriptions; put them in collection NAME (made if new)
  text DOCUMENT_ID [--transcription N]
                                 print a transcription's reading text (the first, or the Nth)
  search QUERY [--json]          search text, notes, tags and people as Ctrl+K does
  export --format markdown|jsonld|csv|tei|html [--document ID | --collection NAME] [--out FILE]
                                 export the notes on one document, a collection's documents (or all)
                                 to standard output, or to FILE (a folder: the export's own file name
                                 in it), written atomically
  import-notes FILE [--dry-run] [--strict] [--document ID]
                                 import notes: W3C Web Annotation JSON-LD from any tool, or Hypothesis's
                                 API JSON; what cannot come in is listed with its reason (again: no
                                 change). --dry-run: only say what it would do; --strict: all or
                                 nothing; --document: where notes on documents not in the library go
  restore [BACKUP]               list the backups Carrel keeps of the library, or put BACKUP in the
                                 library's place (Carrel closed; the library it replaces is kept)

Every command takes --data-dir DIR (or the CARREL_DATA_DIR environment variable).`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the user asks a long-running command to stop (Ctrl+C). */
  interrupted: Promise<void>;
}

/** The version in package.json, shown by `appInfo`. */
export const VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string', default: '0' },
  'no-open': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  format: { type: 'string' },
  document: { type: 'string' },
  out: { type: 'string' },
  into: { type: 'string' },
  collection: { type: 'string' },
  transcription: { type: 'string', default: '1' },
  'dry-run': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type OptionName = keyof typeof OPTIONS;
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Options every command takes. */
const COMMON_OPTIONS: readonly OptionName[] = ['data-dir', 'help'];

/** What every command declares: its positional arguments and options, checked before it runs. */
interface CommandLine {
  /** How many positional arguments it takes, and what they are called in a message. */
  operands: { min: number; max: number; what: string };
  /** The options it takes besides the common ones. */
  options: readonly OptionName[];
  /** What is wrong with the options, in one line, before anything is opened; undefined when nothing. */
  problem?(values: Values): string | undefined;
}

/** A command run over the open store. */
interface StoreCommand extends CommandLine {
  /** `read`: it only reads, and so also runs while the reading room is open. */
  access: 'read' | 'write';
  /** Resolves to the exit code when it is not 0. */
  run(app: CarrelApp, values: Values, operands: readonly string[], io: CliIo): Promise<number | undefined>;
}

/** A command on the data folder itself, which never opens the store (it may be past opening). */
interface FolderCommand extends CommandLine {
  access: 'folder';
  run(dataDir: string, values: Values, operands: readonly string[], io: CliIo): Promise<number | undefined>;
}

type Command = StoreCommand | FolderCommand;

const NONE = { min: 0, max: 0, what: 'no file' };
const ONE_FILE = { min: 1, max: 1, what: 'one file' };

const COMMANDS: Record<string, Command> = {
  documents: {
    operands: NONE,
    options: ['json'],
    access: 'read',
    run: async (app, values, _, io) => {
      io.out(formatDocuments(await app.service.listDocuments({}), values.json));
    },
  },
  people: {
    operands: NONE,
    options: ['json'],
    access: 'read',
    run: async (app, values, _, io) => {
      io.out(formatPeople(await app.service.listPeople({}), values.json));
    },
  },
  mentions: {
    operands: ONE_FILE,
    options: ['json'],
    access: 'read',
    run: async (app, values, [file], io) => {
      io.out(await mentionsInFile(file ?? '', await app.service.listPeople({}), values.json));
    },
  },
  export: {
    operands: NONE,
    options: ['format', 'document', 'collection', 'out'],
    access: 'read',
    problem: (values) =>
      exportFormatProblem(values.format) ?? (values.document !== undefined && values.collection !== undefined ? 'export takes --document or --collection, not both.' : undefined),
    run: async (app, values, _, io) => {
      const format = ExportFormat.parse(values.format);
      await exportNotes(app, { format, documentId: values.document, collection: values.collection, out: values.out }, io.out);
    },
  },
  'import-notes': {
    operands: ONE_FILE,
    options: ['dry-run', 'strict', 'document'],
    access: 'write',
    run: async (app, values, [file], io) => {
      const { lines, refused } = await importNotesFile(app.service, file ?? '', { dryRun: values['dry-run'], strict: values.strict, documentId: values.document });
      io.out(lines);
      return refused ? 1 : 0;
    },
  },
  import: {
    operands: { min: 1, max: Number.POSITIVE_INFINITY, what: 'one or more files or folders' },
    options: ['into', 'collection', 'json'],
    access: 'write',
    run: async (app, values, files, io) => {
      const outcomes = await importFiles(app.service, files, values.into, values.collection);
      io.out(formatOutcomes(outcomes, values.json));
      return outcomes.some((outcome) => 'problem' in outcome) ? 1 : 0;
    },
  },
  text: {
    operands: { min: 1, max: 1, what: 'one document id' },
    options: ['transcription'],
    access: 'read',
    problem: (values) => transcriptionProblem(values.transcription),
    run: async (app, values, [documentId], io) => {
      io.out(await readingText(app.service, documentId ?? '', Number(values.transcription)));
    },
  },
  search: {
    operands: { min: 1, max: 1, what: 'one query (in quotes when it has spaces)' },
    options: ['json'],
    access: 'read',
    run: async (app, values, [query], io) => {
      io.out(formatSearch(await app.service.search({ query: query ?? '' }), values.json));
    },
  },
  restore: {
    operands: { min: 0, max: 1, what: 'at most one backup' },
    options: [],
    access: 'folder',
    run: async (dataDir, _, [backup], io) => {
      io.out(backup === undefined ? listedBackups(dataDir) : restoredBackup(dataDir, backup));
    },
  },
  serve: {
    operands: NONE,
    options: ['port', 'no-open'],
    access: 'write',
    problem: (values) => portProblem(values.port),
    run: async (app, values, _, io) => {
      const host = await serve(app, { port: Number(values.port), open: !values['no-open'] }, io.out);
      await io.interrupted;
      await host.close();
    },
  },
};

/** Why `port` is not one the host can be asked for; undefined when it is. */
function portProblem(port: string | undefined): string | undefined {
  const number = Number(port);
  if (port !== undefined && /^\d+$/u.test(port) && number <= 65535) return undefined;
  return `--port takes a whole number from 0 to 65535 (0 picks a free port), not "${excerpt(port ?? '')}".`;
}

/** A piece of what the user typed, short enough to quote in a message. */
function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: false; tokens: true }>>;

/**
 * What is wrong with the options given to `name`, in Carrel's words: an option no command knows, one this
 * command does not take, a value missing or given to a switch. Undefined when nothing.
 */
function optionProblem(name: string, command: Command, tokens: NonNullable<Parsed['tokens']>): string | undefined {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = token.rawName;
    if (!Object.hasOwn(OPTIONS, token.name)) return `there is no option "${excerpt(flag)}".`;
    const option = token.name as OptionName;
    if (!COMMON_OPTIONS.includes(option) && !command.options.includes(option)) return `${name} takes no ${flag} option.`;
    // `--format --out x` takes "--out" as the format: an option where a value belongs is a value missing.
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('--'));
    if (OPTIONS[option].type === 'string' && missing) return `${flag} needs a value, as in ${flag} ${option === 'port' ? '8080' : 'VALUE'}.`;
    if (OPTIONS[option].type === 'boolean' && token.inlineValue) return `${flag} takes no value.`;
  }
  return undefined;
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Not strict: unknown options are answered below in Carrel's words, not in parseArgs'.
  const { values: loose, positionals, tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const values = loose as Values;
  const [name, ...operands] = positionals;
  const usageError = (problem: string): number => {
    io.err(`carrel: ${problem}\n\n${USAGE}`);
    return 2;
  };
  if (name === undefined || name === 'help') {
    if (name === undefined && !values.help) return usageError('name a command.');
    io.out(USAGE);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(`there is no command "${excerpt(name)}".`);
  const optionError = optionProblem(name, command, tokens);
  if (optionError !== undefined) return usageError(optionError);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (operands.length < command.operands.min || operands.length > command.operands.max) {
    return usageError(`${name} takes ${command.operands.what}; see the usage.`);
  }
  const problem = command.problem?.(values);
  if (problem !== undefined) {
    io.err(`carrel: ${problem}`);
    return 2;
  }

  let app: CarrelApp | undefined;
  const dataDir = dataDirFromEnv(values['data-dir']);
  try {
    if (command.access === 'folder') return (await command.run(dataDir, values, operands, io)) ?? 0;
    app = openCarrel({ dataDir, version: VERSION, access: command.access });
    return (await command.run(app, values, operands, io)) ?? 0;
  } catch (error) {
    // A read-only command meets a broken schema only when it queries the missing table; a write may
    // meet a store made read-only after it was opened.
    const said = storeProblemSaid(error, dataDir);
    if (!isCarrelError(said)) throw said;
    io.err(`carrel: ${said.message}`);
    return 1;
  } finally {
    app?.close();
  }
}
