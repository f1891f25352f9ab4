/**
 * The `carrel` command: parses the command line, opens the store and runs one command. Every failure a
 * user can meet ends in one line naming the problem and what to do, and a non-zero exit code.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { ExportFormat } from '../core/api.js';
import { isCarrelError } from '../core/errors.js';
import { openCarrel, type CarrelApp } from '../db/index.js';
import { dataDirFromEnv } from '../db/data-dir.js';
import { packagePath } from '../db/package-root.js';
import { formatDocuments } from './commands/documents.js';
import { exportFormatProblem, exportNotes } from './commands/export.js';
import { importNotesFile } from './commands/import-notes.js';
import { mentionsInFile } from './commands/mentions.js';
import { formatPeople } from './commands/people.js';
import { serve } from './commands/serve.js';

const USAGE = `Usage: carrel <command> [options]

Commands:
  serve [--port N] [--no-open]   open the reading room through a local host (127.0.0.1 only)
  documents [--json]             list the documents in the library
  people [--json]                list the people in the registry
  mentions FILE [--json]         print the mentions of registry people in a UTF-8 text file (not stored)
  export --format markdown|jsonld|csv|tei|html [--document ID] [--out FILE]
                                 export the notes on one document (or all) to standard output, or to
                                 FILE (a folder: the export's own file name in it), written atomically
  import-notes FILE              import a W3C Web Annotation JSON-LD file (all or nothing; again: no change)

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
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** A command: its positional arguments and options checked, then run over an open store. */
interface Command {
  operands: number;
  /** What is wrong with the options, in one line, before anything is opened; undefined when nothing. */
  problem?(values: Values): string | undefined;
  run(app: CarrelApp, values: Values, operands: readonly string[], io: CliIo): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  documents: {
    operands: 0,
    run: async (app, values, _, io) => io.out(formatDocuments(await app.service.listDocuments({}), values.json)),
  },
  people: {
    operands: 0,
    run: async (app, values, _, io) => io.out(formatPeople(await app.service.listPeople({}), values.json)),
  },
  mentions: {
    operands: 1,
    run: async (app, values, [file], io) => io.out(await mentionsInFile(file ?? '', await app.service.listPeople({}), values.json)),
  },
  export: {
    operands: 0,
    problem: (values) => exportFormatProblem(values.format),
    run: async (app, values, _, io) => {
      const format = ExportFormat.parse(values.format);
      await exportNotes(app.service, { format, documentId: values.document, out: values.out }, io.out);
    },
  },
  'import-notes': {
    operands: 1,
    run: async (app, _, [file], io) => io.out(await importNotesFile(app.service, file ?? '')),
  },
  serve: {
    operands: 0,
    run: async (app, values, _, io) => {
      const port = Number(values.port);
      const host = await serve(app, { port, open: !values['no-open'] }, io.out);
      await io.interrupted;
      await host.close();
    },
  },
};

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.err(`carrel: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...operands] = positionals;
  if (values.help || name === undefined || name === 'help') {
    io.out(USAGE);
    return name === undefined && !values.help ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`carrel: there is no command "${name}".\n\n${USAGE}`);
    return 2;
  }
  if (operands.length !== command.operands) {
    io.err(`carrel: ${name} takes ${command.operands === 0 ? 'no file' : 'one file'}; see the usage.\n\n${USAGE}`);
    return 2;
  }
  const problem = command.problem?.(values);
  if (problem !== undefined) {
    io.err(`carrel: ${problem}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`carrel: --port takes a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
    return 2;
  }

  let app: CarrelApp | undefined;
  try {
    app = openCarrel({ dataDir: dataDirFromEnv(values['data-dir']), version: VERSION });
    await command.run(app, values, operands, io);
    return 0;
  } catch (error) {
    if (!isCarrelError(error)) throw error;
    io.err(`carrel: ${error.message}`);
    return 1;
  } finally {
    app?.close();
  }
}
