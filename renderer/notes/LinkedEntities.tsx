import type { LinkedEntity } from '../../core/annotation/model.js';
import { isWebLink } from '../../core/web-link.js';
import { ExternalLink } from '../ui/ExternalLink.js';
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
            <ExternalLink href={uri} className="card-entity" title={uri}>
              {label ?? uri}
            </ExternalLink>
          ) : (
            <span className="card-entity">{label ? `${label} (${uri})` : uri}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
