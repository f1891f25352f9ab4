import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** A button of the proposals' grid: its row, and its place in the row. */
export interface GridCell {
  row: number;
  index: number;
}

/** The keys that move in the grid. */
const MOVES = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
type Move = (typeof MOVES)[number];
const isMove = (key: string): key is Move => (MOVES as readonly string[]).includes(key);

/**
 * Where a key moves to in a grid whose rows name their buttons' columns ("accept", "reject"...): Left
 * and Right along the row, Up and Down to the row before or after, Home and End to the first and last
 * row. Moving between rows keeps the column by its name, so Down from "Accept" lands on the next
 * "Accept" whatever else the rows hold; a row without it offers its first button. Undefined at an edge.
 */
export function moveInGrid(rows: readonly (readonly string[])[], at: GridCell, key: Move): GridCell | undefined {
  const row = rows[at.row];
  if (!row) return undefined;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const index = at.index + (key === 'ArrowRight' ? 1 : -1);
    return index >= 0 && index < row.length ? { row: at.row, index } : undefined;
  }
  const target = key === 'Home' ? 0 : key === 'End' ? rows.length - 1 : at.row + (key === 'ArrowDown' ? 1 : -1);
  const targetRow = rows[target];
  if (!targetRow || target === at.row) return undefined;
  const column = row[at.index];
  const index = column === undefined ? -1 : targetRow.indexOf(column);
  return { row: target, index: Math.max(0, index) };
}

/** The grid's rows of buttons, as drawn: `data-grid-row` on each row, `data-column` on each button. */
function gridButtons(grid: HTMLElement): HTMLButtonElement[][] {
  return [...grid.querySelectorAll<HTMLElement>('[data-grid-row]')].map((row) => [...row.querySelectorAll<HTMLButtonElement>('button[data-column]')]);
}

/**
 * Makes a person's proposals one Tab stop, moved in with the arrow keys, Home and End (a roving
 * tabindex): the reader passes a person's 30 proposals with one Tab instead of 90. The stop is the
 * button last focused in the grid, else `first` (a selector: the first proposal's Accept), so that Tab
 * lands on what the reader most likely wants. Spread the handlers on the grid's element.
 */
export function useProposalGrid(grid: RefObject<HTMLElement | null>, first: string) {
  const current = useRef<HTMLButtonElement | null>(null);

  // After every render: buttons come and go (a decision, "Show more"), and each must be one stop or none.
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const buttons = gridButtons(element).flat();
    if (!current.current || !buttons.includes(current.current)) current.current = element.querySelector<HTMLButtonElement>(first) ?? buttons[0] ?? null;
    for (const button of buttons) button.tabIndex = button === current.current ? 0 : -1;
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLButtonElement) || !event.target.dataset.column || current.current === event.target) return;
    if (current.current) current.current.tabIndex = -1;
    current.current = event.target;
    event.target.tabIndex = 0;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!grid.current || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || !isMove(event.key)) return;
    const buttons = gridButtons(grid.current);
    const row = buttons.findIndex((cells) => cells.includes(event.target as HTMLButtonElement));
    if (row < 0) return;
    const at = { row, index: buttons[row]?.indexOf(event.target as HTMLButtonElement) ?? 0 };
    const names = buttons.map((cells) => cells.map((cell) => cell.dataset.column ?? ''));
    const to = moveInGrid(names, at, event.key);
    // The arrow keys stay in the grid even at its edges: the panel must not scroll under the reader.
    event.preventDefault();
    if (to) buttons[to.row]?.[to.index]?.focus();
  };

  return { onFocus, onKeyDown };
}

/** Focuses a grid's one Tab stop: the button the reader was last on in it, else its first Accept. */
export function focusGrid(grid: Element | undefined): boolean {
  const stop = grid?.querySelector<HTMLButtonElement>('button[data-column][tabindex="0"]');
  stop?.focus();
  return stop !== undefined && stop !== null;
}

/**
 * The next (step 1) or previous (step -1) grid of `panel` from `from`, in the order they are drawn,
 * wherever `from` is: in a grid, between two, or before them all. Undefined when there is none that way.
 */
export function gridBeside(panel: Element, from: Node, step: 1 | -1): Element | undefined {
  const grids = [...panel.querySelectorAll('[data-proposals]')].filter((grid) => !grid.contains(from));
  const side = step === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const beside = grids.filter((grid) => from.compareDocumentPosition(grid) & side);
  return step === 1 ? beside[0] : beside.at(-1);
}
