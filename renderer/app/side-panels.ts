/**
 * The Notes and People panels, loaded as chunks of their own after the text: the first paragraph of a
 * transcription needs neither, and their editors, filters and dialogs are a large part of the script a
 * cold start would otherwise parse before it. SidePanel shows a quiet placeholder while one loads.
 */
import { lazy } from 'react';

/** NotesPanel (NotesPanel.tsx), loaded on first render. */
export const NotesPanel = lazy(() => import('../notes/NotesPanel.js').then((loaded) => ({ default: loaded.NotesPanel })));

/** PeoplePanel (PeoplePanel.tsx), loaded on first render. */
export const PeoplePanel = lazy(() => import('../people/PeoplePanel.js').then((loaded) => ({ default: loaded.PeoplePanel })));
