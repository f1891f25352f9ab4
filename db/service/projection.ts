import type { CarrelService } from '../../core/api.js';
import type { ServiceContext } from './context.js';

/** Annotations carried across transcriptions (placeholder until the projection lands: none). */
export function projectionService(_context: ServiceContext): Pick<CarrelService, 'listProjectedAnnotations'> {
  return { listProjectedAnnotations: () => [] };
}
