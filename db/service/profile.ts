/** The reader's profile: the name their annotations carry as creator. */
import type { CarrelService } from '../../core/api.js';
import { isAccountName } from '../../core/annotation/account-names.js';
import { CarrelError } from '../../core/errors.js';
import type { Db } from '../repositories/prepared.js';
import { setSetting, settingValue } from '../repositories/settings.js';
import type { ServiceContext } from './context.js';

/** The settings row that holds the reader's chosen name. */
export const CREATOR_SETTING = 'profile.creator';

/** The same limit as the contract's Profile schema, which the CLI does not pass through. */
const MAX_CREATOR_LENGTH = 80;

/**
 * A name fit to sign annotations with: trimmed, at most 80 characters, or undefined when nothing is
 * left. Cut by code points, as SQLite counts them, so that no character is split in half.
 */
export function signatureName(name: string | undefined): string | undefined {
  const cut = Array.from(name?.trim() ?? '').slice(0, MAX_CREATOR_LENGTH).join('').trim();
  return cut === '' ? undefined : cut;
}

/** The name new annotations carry: the reader's choice, else the shell's user name. */
export function currentCreator(db: Db, userName: string): string {
  return settingValue(db, CREATOR_SETTING) ?? userName;
}

/** getProfile and setProfile. */
export function profileService({ store, userName }: ServiceContext): Pick<CarrelService, 'getProfile' | 'setProfile'> {
  const { db } = store;
  return {
    getProfile: () => {
      const chosen = settingValue(db, CREATOR_SETTING);
      return { creator: chosen ?? userName, askName: chosen === undefined && isAccountName(userName) };
    },

    setProfile: ({ creator }) => {
      const name = creator.trim();
      if (name.length === 0) throw new CarrelError('bad-request', 'Your name cannot be empty.');
      if (name.length > MAX_CREATOR_LENGTH) throw new CarrelError('bad-request', `Your name can be at most ${MAX_CREATOR_LENGTH} characters long.`);
      // Annotations already made keep the name they were made under, as a signature would.
      setSetting(db, CREATOR_SETTING, name);
      return { creator: name };
    },
  };
}
