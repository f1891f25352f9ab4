import type { Category } from '../../core/annotation/model.js';
import type { NotesFilter } from './filter.js';

interface NotesFiltersProps {
  filter: NotesFilter;
  onChange: (filter: NotesFilter) => void;
  categories: readonly Category[];
  /** The tags used on this witness's annotations. */
  tags: readonly string[];
}

/** The row above the notes: "Filter notes" (words in quote, note or tags), then a colour and a tag to narrow to. */
export function NotesFilters({ filter, onChange, categories, tags }: NotesFiltersProps) {
  return (
    <div className="notes-filters" role="search" aria-label="Filters">
      <input
        type="search"
        className="filter-text"
        aria-label="Filter notes"
        placeholder="Filter notes…"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <select aria-label="Filter by colour" className="filter-select" value={filter.category} onChange={(event) => onChange({ ...filter, category: event.target.value })}>
        <option value="">All colours</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by tag"
        className="filter-select"
        value={filter.tag}
        disabled={tags.length === 0 && filter.tag === ''}
        onChange={(event) => onChange({ ...filter, tag: event.target.value })}
      >
        <option value="">All tags</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
    </div>
  );
}
