import { describe, expect, it } from 'vitest';
import { isAccountName } from './account-names.js';

describe('isAccountName', () => {
  it('knows the names computers give their accounts, numbered or not, in any case', () => {
    for (const name of ['root', 'Admin', ' user ', 'user1', 'admin-2', 'ec2-user', 'Guest', 'Reader', '_www', 'DESKTOP-4F2$']) {
      expect(isAccountName(name), name).toBe(true);
    }
  });

  it('takes any other name for a person’s, short or odd as it may be', () => {
    for (const name of ['anna', 'Ada Reader', 'rootes', 'jli', 'Pavel Orlov', 'useri', 'Pi Patel']) {
      expect(isAccountName(name), name).toBe(false);
    }
  });
});
