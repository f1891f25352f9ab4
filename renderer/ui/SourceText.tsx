import { useMemo } from 'react';
import { lightMarkup } from '../../core/document/light-markup.js';
import { ExternalLink } from './ExternalLink.js';

interface SourceTextProps {
  /** A string of the source as stored: a whole field, or an excerpt cut out of a longer text. */
  text: string;
  /** Show only [from, to) of `text`, set as the markup around it says (a reading inside a bold title is bold). */
  from?: number;
  to?: number;
  /** Autolinks as links; false where the text sits inside a button or link of its own (an apparatus entry, a search hit), where they show as their address. */
  links?: boolean;
}

/**
 * A string of a source as a reader should see it: `**bold**` bold, `[*words*]` in italics within their
 * brackets, `<http://…>` as its address, never the delimiters. Safe on an excerpt: a span cut open at
 * either end is still set as it is in the source.
 */
export function SourceText({ text, from = 0, to = text.length, links = true }: SourceTextProps) {
  const segments = useMemo(() => lightMarkup(text), [text]);
  return segments.map((segment) => {
    const start = Math.max(segment.start, from);
    const end = Math.min(segment.end, to);
    if (start >= end) return null;
    const shown = text.slice(start, end);
    switch (segment.kind) {
      case 'plain':
        return shown;
      case 'bold':
        return <strong key={start}>{shown}</strong>;
      case 'italic':
        return <i key={start}>{shown}</i>;
      case 'link':
        return links ? (
          <ExternalLink key={start} href={segment.href}>
            {shown}
          </ExternalLink>
        ) : (
          shown
        );
    }
  });
}
