/**
 * Reading Carrel's own options from the command line Electron was started with, which also holds
 * Electron's and Chromium's arguments (and, unpackaged, the path of main.js).
 */

/** The value of `--name value` or `--name=value` in `argv`, or undefined when absent or empty. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === name) return argv[index + 1] || undefined;
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined;
  }
  return undefined;
}
