/**
 * Entry point: fonts and tokens first, so that a page the host sent without a first screen is painted in
 * the reading face and theme; then the room (room.tsx). When the host sent its first screen rendered, the
 * room is loaded only once that screen is painted: evaluating the room's modules and hydrating them is
 * one long task, which would otherwise come before the paint whenever the script arrives before the first
 * frame. The room's modules are not preloaded either: compiling them is work the first frame would share
 * two cores with. The whole stylesheet waits for the room to have taken the page over (deferred-head.ts).
 */
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import { afterFirstPaint } from './first-screen/after-paint.js';
import { SENT_ID } from './first-screen/sent.js';

const openRoom = (): void => void import('./room.js');
if (document.getElementById(SENT_ID)) {
  afterFirstPaint(openRoom);
} else {
  openRoom();
}
