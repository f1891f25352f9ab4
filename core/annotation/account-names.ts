/**
 * Names a computer gives its accounts rather than a person (root, admin, user2, ec2-user, _www): a note
 * signed with one says nothing about who wrote it, so the reader is asked for their name instead.
 */
const ACCOUNT_NAMES = new Set([
  'root', 'admin', 'administrator', 'sysadmin', 'superuser', 'user', 'guest', 'owner', 'default', 'test',
  'student', 'reader', 'nobody', 'daemon', 'pi', 'ubuntu', 'debian', 'fedora', 'vagrant', 'docker', 'node',
  'runner', 'ec2-user', 'www-data', 'local', 'localuser', 'me',
]);

/**
 * True when `name` is an account's name and not a person's: one of the usual ones, with or without a
 * number after it (user1, admin-2), a system account (_www, starting with an underscore) or a machine
 * account (ending in $). Case and surrounding spaces do not count.
 */
export function isAccountName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  if (folded.startsWith('_') || folded.endsWith('$')) return true;
  return ACCOUNT_NAMES.has(folded.replace(/[-_.]?\d+$/u, ''));
}
