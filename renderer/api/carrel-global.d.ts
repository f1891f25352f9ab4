import type { CarrelApi } from '../../core/api.js';

declare global {
  interface Window {
    /** The contract, exposed by the Electron preload; absent when the loopback host serves the page. */
    carrel?: CarrelApi;
  }
}

export {};
