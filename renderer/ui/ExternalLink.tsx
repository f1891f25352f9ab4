import type { ReactNode } from 'react';
import { isWebLink } from '../../core/web-link.js';

interface ExternalLinkProps {
  href: string;
  /** What the link shows; the address itself when left out. */
  children?: ReactNode;
  className?: string;
  title?: string;
}

/**
 * A link out of Carrel to a web address, opened in the reader's web browser and saying so to a screen
 * reader. An address that is not a web link (`javascript:`, `file:`) stays inert text.
 */
export function ExternalLink({ href, children = href, className, title }: ExternalLinkProps) {
  if (!isWebLink(href)) return <span className={className}>{children}</span>;
  // Electron hands target=_blank to the system browser; the loopback host's page opens a new tab.
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className} title={title}>
      {children}
      <span className="visually-hidden"> (opens in your web browser)</span>
    </a>
  );
}
