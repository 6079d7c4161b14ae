import type { Category, Country } from '@/data/types';
import { CATEGORY_LABELS, COUNTRY_NAMES } from '@/utils/directory/labels';
import type { DirectoryQuery } from '@/utils/directory/search';

interface Props {
  query: DirectoryQuery;
  onChange(query: DirectoryQuery): void;
}

/** The search box and the two filters (need, country). Filtering happens as you type. */
export function DirectorySearch({ query, onChange }: Props) {
  return (
    <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label for="search-text">Search helplines</label>
      <input
        id="search-text"
        type="search"
        autocomplete="off"
        spellcheck={false}
        value={query.text}
        onInput={(event) => onChange({ ...query, text: event.currentTarget.value })}
      />
      <div class="filters">
        <div>
          <label for="filter-need">Help with</label>
          <select
            id="filter-need"
            value={query.need}
            onChange={(event) => onChange({ ...query, need: event.currentTarget.value as Category | 'any' })}
          >
            <option value="any">Anything</option>
            {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-country">Country</label>
          <select
            id="filter-country"
            value={query.country}
            onChange={(event) => onChange({ ...query, country: event.currentTarget.value as Country | 'all' })}
          >
            {Object.entries(COUNTRY_NAMES).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
            <option value="all">All countries</option>
          </select>
        </div>
      </div>
    </form>
  );
}
