import type { CarrelService } from '../../core/api.js';
import type { ServiceContext } from './context.js';

/** Search over text, notes, tags and people (placeholder until the search lands: answers nothing). */
export function searchService(_context: ServiceContext): Pick<CarrelService, 'search'> {
  return { search: () => ({ text: [], notes: [], tags: [], people: [] }) };
}
