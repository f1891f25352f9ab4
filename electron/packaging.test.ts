/**
 * The packaged app is complete (issue 13). electron-builder packages Carrel as `--dir --linux` would for
 * a release, into a temporary folder, and this test reads what it made: app.asar holds everything the app
 * loads at run time (the built main, preload and renderer with its fonts, the migrations, the telegram,
 * the JSON-LD context, the production dependencies), better-sqlite3's `.node` file is unpacked beside it,
 * nothing dev-only is inside (dev dependencies, tests, benches, source maps), and the Electron fuses are
 * as package.json sets them. It prints the package's size, so that a CI log shows it.
 *
 * Electron's binary cannot be downloaded here, so electron-builder takes a stand-in Electron
 * (`electronDist`): a folder holding one `electron` file whose only content is a fuse wire, the bytes
 * @electron/fuses looks for in a real binary. On Linux that is all electron-builder needs from Electron:
 * it copies the file, renames it after the app and flips its fuses, which the test then reads back.
 *
 * It packages dist/ as it is: `npm run build`, then `npm run test:package` (npm test runs both).
 */
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = fileURLToPath(new URL('..', import.meta.url));

const packageJson = z
  .object({
    name: z.string(),
    dependencies: z.record(z.string(), z.string()),
    devDependencies: z.record(z.string(), z.string()),
    build: z.object({ electronFuses: z.record(z.string(), z.boolean()) }),
  })
  .parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));

/** Each fuse's place on the wire, by its electron-builder name (`FuseV1Options.RunAsNode` is `runAsNode`). */
const fuseIndex = new Map(
  Object.entries(FuseV1Options)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([name, index]) => [name.charAt(0).toLowerCase() + name.slice(1), index]),
);

/** The fuses package.json sets (electronFuses also takes options that are not fuses). */
const configuredFuses = Object.entries(packageJson.build.electronFuses).flatMap(([name, on]) => {
  const index = fuseIndex.get(name);
  return index === undefined ? [] : [{ name, index, on }];
});

/**
 * A stand-in Electron: an `electron` file holding a V1 fuse wire (sentinel, version, length, one byte per
 * fuse). Each configured fuse starts at the opposite of its setting, so reading the setting back proves
 * that electron-builder flipped it.
 */
function writeStandInElectron(dir: string): void {
  const wire = Array.from({ length: fuseIndex.size }, (_, index) => {
    const configured = configuredFuses.find((fuse) => fuse.index === index);
    return configured?.on === false ? FuseState.ENABLE : FuseState.DISABLE;
  });
  const bytes = Buffer.concat([
    Buffer.from('A stand-in for Electron, for packaging tests only.\n'),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([Number(FuseVersion.V1), wire.length, ...wire]),
  ]);
  writeFileSync(path.join(dir, 'electron'), bytes, { mode: 0o755 });
}

/** Files (not folders) under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'));
}

/** Total size of the files under `dir` (or of the one file `dir`), in bytes. */
function sizeOf(target: string): number {
  if (statSync(target).isFile()) return statSync(target).size;
  return filesUnder(target).reduce((sum, name) => sum + statSync(path.join(target, name)).size, 0);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The package a bare specifier names: `zod/mini` is `zod`, `@scope/name/sub` is `@scope/name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

describe('the packaged app', () => {
  let outDir = '';
  let appOutDir = '';
  let asarPath = '';
  /** Every file in app.asar (those unpacked beside it included), relative to its root. */
  let files = new Set<string>();

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist', 'electron', 'main.js'))) {
      throw new Error('dist/ is not built: run `npm run build` first (this test packages dist/ as it is).');
    }
    outDir = mkdtempSync(path.join(os.tmpdir(), 'carrel-package-'));
    const electronDist = path.join(outDir, 'electron-stand-in');
    mkdirSync(electronDist);
    writeStandInElectron(electronDist);

    const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
    const started = performance.now();
    await promisify(execFile)(
      process.execPath,
      [cli, '--dir', '--linux', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${path.join(outDir, 'release')}`],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;

    // `linux-unpacked` for x64, `linux-arm64-unpacked` and so on for other architectures.
    const unpacked = readdirSync(path.join(outDir, 'release')).find((name) => /^linux(-\w+)?-unpacked$/.test(name));
    if (unpacked === undefined) throw new Error('electron-builder made no linux-*-unpacked folder');
    appOutDir = path.join(outDir, 'release', unpacked);
    asarPath = path.join(appOutDir, 'resources', 'app.asar');
    files = new Set(
      listPackage(asarPath, { isPack: false })
        .map((name) => name.split(path.sep).join('/').replace(/^\//, ''))
        .filter((name) => !('files' in statFile(asarPath, name, false))),
    );

    // The stand-in Electron weighs nothing, so these are the app's own share of a release.
    console.log(
      [
        `Packaged in ${seconds.toFixed(1)} s (electron-builder --dir --linux, stand-in Electron):`,
        `  folder            ${megabytes(sizeOf(appOutDir))}`,
        `  app.asar          ${megabytes(sizeOf(asarPath))}`,
        `  app.asar.unpacked ${megabytes(sizeOf(`${asarPath}.unpacked`))}`,
      ].join('\n'),
    );
  });

  afterAll(() => {
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
  });

  /** Of `names`, those app.asar lacks. */
  function missing(names: string[]): string[] {
    return names.filter((name) => !files.has(name));
  }

  it('holds the built main, preload and renderer, the migrations, the assets and package.json', () => {
    const renderer = filesUnder(path.join(root, 'dist', 'renderer'))
      .filter((name) => name !== '.sources.sha256')
      .map((name) => `dist/renderer/${name}`);
    const migrations = filesUnder(path.join(root, 'db', 'migrations')).map((name) => `db/migrations/${name}`);
    const assets = filesUnder(path.join(root, 'assets')).map((name) => `assets/${name}`);

    expect(renderer.filter((name) => name.endsWith('.woff2')).length, 'the bundled fonts').toBeGreaterThan(0);
    expect(migrations.filter((name) => name.endsWith('.sql')).length).toBeGreaterThan(0);
    expect(assets.filter((name) => name.startsWith('assets/telegram/')).length).toBeGreaterThan(0);
    const expected = ['dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/db/import-worker/read-file.js', 'dist/renderer/index.html', 'dist/first-screen/render.js', 'assets/anno.jsonld', 'package.json'];
    expect(missing([...expected, ...renderer, ...migrations, ...assets])).toEqual([]);
  });

  it('holds every module that the main process and the preload import, and each package they name', () => {
    const unresolved: string[] = [];
    const seen = new Set<string>();
    const queue = ['dist/electron/main.js', 'dist/electron/preload.cjs'];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const source = extractFile(asarPath, file).toString('utf8');
      for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
        if (specifier.startsWith('.')) {
          const target = path.posix.join(path.posix.dirname(file), specifier);
          if (files.has(target)) queue.push(target);
          else unresolved.push(`${target} (imported by ${file})`);
        } else if (!isBuiltin(specifier) && specifier !== 'electron' && !files.has(`node_modules/${packageOf(specifier)}/package.json`)) {
          unresolved.push(`${specifier} (imported by ${file})`);
        }
      }
    }
    expect(unresolved).toEqual([]);
    expect(seen.size).toBeGreaterThan(2);
  });

  it('holds the production dependencies and no dev dependency', () => {
    expect(missing(Object.keys(packageJson.dependencies).map((name) => `node_modules/${name}/package.json`))).toEqual([]);
    const devInside = Object.keys(packageJson.devDependencies).filter((name) =>
      [...files].some((file) => file.startsWith(`node_modules/${name}/`)),
    );
    expect(devInside).toEqual([]);
  });

  it("unpacks better-sqlite3's native module beside app.asar, without the C sources it was built from", () => {
    const native = `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`;
    expect(files.has(native)).toBe(true);
    expect(statFile(asarPath, native, false)).toMatchObject({ unpacked: true });
    expect(existsSync(path.join(`${asarPath}.unpacked`, native))).toBe(true);
    // A .node file can only be loaded from the real file system.
    expect([...files].filter((file) => file.endsWith('.node') && !existsSync(path.join(`${asarPath}.unpacked`, file)))).toEqual([]);
    expect([...files].filter((file) => /^node_modules\/better-sqlite3\/(deps|src)\//.test(file))).toEqual([]);
  });

  it('holds no test, bench, e2e or testing code, no source map and no CLI', () => {
    const all = [...files];
    expect(all.filter((file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) && !file.startsWith('node_modules/'))).toEqual([]);
    expect(all.filter((file) => file.endsWith('.test.js'))).toEqual([]);
    expect(all.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(all.filter((file) => file.endsWith('.tsbuildinfo'))).toEqual([]);
    const own = all.filter((file) => !file.startsWith('node_modules/'));
    expect(own.filter((file) => file.split('/').some((folder) => ['bench', 'e2e', 'testing'].includes(folder)))).toEqual([]);
    // The Electron app never loads the carrel command or its loopback host (the import walk above shows it).
    expect(own.filter((file) => file.startsWith('dist/cli/'))).toEqual([]);
  });

  it('flips the fuses as package.json sets them: no file:// privileges, no running as Node', async () => {
    expect(packageJson.build.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false, runAsNode: false });
    // electron-builder names the Linux executable after the package.
    const wire = await getCurrentFuseWire(path.join(appOutDir, packageJson.name));
    const actual = Object.fromEntries(configuredFuses.map(({ name, index }) => [name, wire[index as FuseV1Options]]));
    const expected = Object.fromEntries(configuredFuses.map(({ name, on }) => [name, on ? FuseState.ENABLE : FuseState.DISABLE]));
    expect(actual).toEqual(expected);
  });
});
