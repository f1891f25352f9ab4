/**
 * Opens the browser's print dialog on an HTML page (the printable handout), from which the reader can
 * also save a PDF. The page goes into a hidden frame by `srcdoc`: a new window would be refused in
 * Electron (the app opens none) and a blob: frame by the Content-Security-Policy, while a srcdoc frame
 * inherits the app's policy, under which the handout's inline style is allowed and no script runs.
 */
export function printHtml(html: string): void {
  // A frame whose print dialog never reported back (a headless browser) goes now.
  for (const old of document.querySelectorAll('iframe.print-frame')) old.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'Printable notes';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Out of sight but laid out: printing lays the page out again at the paper's size.
  frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0;';
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      if (!view) return;
      // print() returns when the dialog closes in Chromium, but not everywhere: afterprint is the sure sign.
      view.addEventListener('afterprint', () => frame.remove(), { once: true });
      view.focus();
      view.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}
