import { useId } from 'react';
import type { Category } from '../../core/annotation/model.js';
import { categorySlot } from './categories.js';

interface CategoryPickerProps {
  categories: readonly Category[];
  value: string;
  onChange: (categoryId: string) => void;
}

/**
 * The "Colour" radio group: one swatch per category, named by the category ("Key claim"); the chosen
 * one's name is written beside the swatches. Native radios, so arrow keys move the choice.
 */
export function CategoryPicker({ categories, value, onChange }: CategoryPickerProps) {
  const id = useId();
  const chosen = categories.find((category) => category.id === value);
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className="category-picker">
      <span id={`${id}-label`} className="visually-hidden">
        Colour
      </span>
      <span className="category-swatches">
        {categories.map((category) => (
          <label key={category.id} className="category-option" title={category.name}>
            <input
              type="radio"
              name={id}
              value={category.id}
              checked={category.id === value}
              onChange={() => onChange(category.id)}
              className="category-input"
              aria-label={category.name}
            />
            <span className="swatch category-swatch" data-slot={categorySlot(categories, category.id)} aria-hidden="true" />
          </label>
        ))}
      </span>
      <span className="category-chosen" aria-hidden="true">
        {chosen?.name}
      </span>
    </div>
  );
}
