import type { LinkedEntity } from '../../core/annotation/model.js';
import { isWebLink } from '../../core/web-link.js';
import './LinkedEntities.css';

/**
 * What an imported annotation identifies besides people (a place in Pleiades or GeoNames), each as a
 * link to its record under its label, or its address when the file gave none. A link that is not a web
 * address stays text.
 */
export function LinkedEntities({ entities }: { entities: readonly LinkedEntity[] }) {
  return (
    <ul className="card-entities" aria-label="Linked places and things">
      {entities.map(({ uri, label }) => (
        <li key={uri}>
          {isWebLink(uri) ? (
            // Electron hands target=_blank to the system browser; the loopback host's page opens a new tab.
            <a href={uri} target="_blank" rel="noopener noreferrer" className="card-entity" title={uri}>
              {label ?? uri}
              <span className="visually-hidden"> (opens in your web browser)</span>
            </a>
          ) : (
            <span className="card-entity">{label ? `${label} (${uri})` : uri}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
