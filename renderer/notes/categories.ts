import type { Category } from '../../core/annotation/model.js';

/** Highlight colours the theme defines (tokens.css: --highlight-1 … --highlight-8). */
export const CATEGORY_SLOTS = 8;

/**
 * The palette slot (1…8) that paints a category: its place in the store's list, so colours stay put
 * when a category is renamed. 0 is the neutral slot of a category the store no longer lists.
 */
export function categorySlot(categories: readonly Category[], categoryId: string): number {
  const index = categories.findIndex((category) => category.id === categoryId);
  return index < 0 ? 0 : (index % CATEGORY_SLOTS) + 1;
}

/** The name to show for a category id, or a plain word when the store no longer lists it. */
export function categoryName(categories: readonly Category[], categoryId: string): string {
  return categories.find((category) => category.id === categoryId)?.name ?? 'Uncategorised';
}
