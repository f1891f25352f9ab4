/** Settings as a reader opens it from the banner, and what its Backups section shows. */
import { expect, type Locator, type Page } from '@playwright/test';
import { backupStore } from '../db/backup.js';
import type { openCarrel } from '../db/index.js';

/** Opens Settings with the keyboard from the banner's button; answers its Backups section once the store has answered. */
export async function openBackups(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).press('Enter');
  const backups = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Backups' });
  await expect(backups.getByRole('paragraph').first()).toBeVisible();
  return backups;
}

/** Two backups of the prepared library, as upgrades take them: 23 November and 1 December 2026, at noon UTC. */
export function twoBackups({ store }: ReturnType<typeof openCarrel>): { older: string; newer: string } {
  return {
    older: backupStore(store, 'before-migration-11', new Date('2026-11-23T12:00:00.000Z')),
    newer: backupStore(store, 'before-migration-12', new Date('2026-12-01T12:00:00.000Z')),
  };
}
