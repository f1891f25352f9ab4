import type { ReactNode } from 'react';
import type { DocumentDetail } from '../../core/api.js';
import type { DocumentMeta } from '../../core/document/model.js';
import { displayDate } from '../reader/dates.js';
import { CitationBox } from './CitationBox.js';
import './MetadataPanel.css';

/** Only web addresses become links: a `javascript:` or `file:` URL from an imported file must stay inert text. */
function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function SourceLink({ url }: { url: string }) {
  if (!isWebUrl(url)) return url;
  // Electron hands target=_blank to the system browser; the loopback host's page opens a new tab.
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="info-link">
      {url}
      <span className="visually-hidden"> (opens in your web browser)</span>
    </a>
  );
}

/** The record line: the publishing collection and its record id, whichever the witnesses give. */
function recordText(meta: DocumentMeta): string | undefined {
  if (meta.collection && meta.recordId) return `${meta.collection}, record ${meta.recordId}`;
  if (meta.recordId) return `Record ${meta.recordId}`;
  return meta.collection;
}

/** The fields, in the order a researcher checks them; absent ones are left out. */
function fields(document: DocumentDetail): [string, ReactNode][] {
  const { meta } = document;
  const date = displayDate(meta.date ?? document.date, meta.dateText ?? document.dateText);
  const record = recordText(meta);
  const rows: [string, ReactNode | undefined][] = [
    ['Title', meta.title ?? document.title],
    ['Date', date && <time dateTime={meta.date ?? document.date}>{date}</time>],
    ['Sender', meta.sender],
    ['Recipient', meta.recipient],
    ['Classification', meta.classification],
    ['Archive', meta.archive],
    ['Record', record],
    ['Source', meta.sourceUrl && <SourceLink url={meta.sourceUrl} />],
    ['Provenance', meta.provenance],
    ['Original language', meta.originalLanguage],
    ['Summary', meta.summary],
    [
      'Distribution',
      meta.distribution && meta.distribution.length > 0 && (
        <ul className="info-list">
          {meta.distribution.map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
        </ul>
      ),
    ],
  ];
  return rows.filter((row): row is [string, ReactNode] => row[1] !== undefined && row[1] !== '' && row[1] !== false);
}

/** The "Document information" panel: the document's metadata as a description list, then its citation. */
export function MetadataPanel({ document }: { document: DocumentDetail }) {
  return (
    <aside className="info" aria-labelledby="info-heading">
      <h2 id="info-heading" className="panel-heading">
        Document information
      </h2>
      <dl className="info-fields">
        {fields(document).map(([label, value]) => (
          <div key={label} className="info-field">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <CitationBox citation={document.citation} />
    </aside>
  );
}
