import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocumentDetail } from '../../core/api.js';
import type { DocumentMeta } from '../../core/document/model.js';
import { DeleteDocument } from '../library/DeleteDocument.js';
import { DocumentCollections } from '../library/DocumentCollections.js';
import { DocumentInfoForm } from '../library/DocumentInfoForm.js';
import { ExternalLink } from '../ui/ExternalLink.js';
import { SourceText } from '../ui/SourceText.js';
import { displayDate } from './dates.js';
import { CitationBox } from './CitationBox.js';
import './MetadataPanel.css';

/** The record line: the publishing collection and its record id, whichever the witnesses give. */
function recordText(meta: DocumentMeta): string | undefined {
  if (meta.collection && meta.recordId) return `${meta.collection}, record ${meta.recordId}`;
  if (meta.recordId) return `Record ${meta.recordId}`;
  return meta.collection;
}

/** The fields, in the order a researcher checks them; absent ones are left out. A text is shown as SourceText, its markup set. */
function fields(document: DocumentDetail): [string, ReactNode][] {
  const { meta } = document;
  const date = displayDate(meta.date ?? document.date, meta.dateText ?? document.dateText);
  const record = recordText(meta);
  const rows: [string, ReactNode | undefined][] = [
    ['Title', meta.title ?? document.title],
    ['Date', date && <time dateTime={meta.date ?? document.date}>{date}</time>],
    ['Author', meta.author],
    ['Sender', meta.sender],
    ['Recipient', meta.recipient],
    ['Classification', meta.classification],
    ['Archive', meta.archive],
    ['Repository', meta.repository],
    ['Archival collection', meta.archivalCollection],
    ['Item number', meta.idno],
    ['Record', record],
    ['Source', meta.sourceUrl && <ExternalLink href={meta.sourceUrl} className="info-link" />],
    ['Provenance', meta.provenance],
    ['Original language', meta.originalLanguage],
    ['Language', meta.language],
    ['Rights', meta.rights],
    ['Summary', meta.summary],
    [
      'Distribution',
      meta.distribution && meta.distribution.length > 0 && (
        <ul className="info-list">
          {meta.distribution.map((entry, index) => (
            <li key={index}>
              <SourceText text={entry} />
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  return rows.filter((row): row is [string, ReactNode] => row[1] !== undefined && row[1] !== '' && row[1] !== false);
}

/**
 * The "Document information" panel: the document's metadata as a description list (Edit turns it into a
 * form), its citation, the collections it is in, and its deletion.
 */
export function MetadataPanel({ document }: { document: DocumentDetail }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const [saved, setSaved] = useState(false);
  // Back from the form, the focus goes to Edit, once the button is there again.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (editing || !refocus) return;
    editButton.current?.focus();
    setRefocus(false);
  }, [editing, refocus]);

  return (
    <section className="info" aria-labelledby="info-heading" tabIndex={-1}>
      <div className="info-head">
        <h2 id="info-heading" className="panel-heading">
          Document information
        </h2>
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="quiet-button"
            aria-label="Edit information"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit
          </button>
        )}
      </div>
      {editing ? (
        <DocumentInfoForm
          document={document}
          onDone={(done) => {
            setEditing(false);
            setSaved(done !== undefined);
            setRefocus(true);
          }}
        />
      ) : (
        <dl className="info-fields">
          {fields(document).map(([label, value]) => (
            <div key={label} className="info-field">
              <dt>{label}</dt>
              <dd>{typeof value === 'string' ? <SourceText text={value} /> : value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p aria-live="polite" className="visually-hidden">
        {saved ? 'Information saved; the citation follows it.' : ''}
      </p>
      <CitationBox citation={document.citation} />
      <DocumentCollections document={document} />
      <DeleteDocument document={document} />
    </section>
  );
}
