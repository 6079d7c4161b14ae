import type { Category, Country } from '@/data/types';
import { i18n } from '#i18n';
import { CATEGORIES, categoryLabel, COUNTRIES, countryName } from '@/utils/pages/directory/labels';
import type { DirectoryQuery } from '@/utils/pages/directory/search';

interface Props {
  query: DirectoryQuery;
  onChange(query: DirectoryQuery): void;
}

/** The search box and the two filters (need, country). Filtering happens as you type. */
export function DirectorySearch({ query, onChange }: Props) {
  return (
    <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label for="search-text">{i18n.t('directory.searchLabel')}</label>
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
          <label for="filter-need">{i18n.t('directory.needLabel')}</label>
          <select
            id="filter-need"
            value={query.need}
            onChange={(event) => onChange({ ...query, need: event.currentTarget.value as Category | 'any' })}
          >
            <option value="any">{i18n.t('directory.anything')}</option>
            {CATEGORIES.map((category) => (
              <option value={category}>{categoryLabel(category)}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-country">{i18n.t('directory.countryLabel')}</label>
          <select
            id="filter-country"
            value={query.country}
            onChange={(event) => onChange({ ...query, country: event.currentTarget.value as Country | 'all' })}
          >
            {COUNTRIES.map((country) => (
              <option value={country}>{countryName(country)}</option>
            ))}
            <option value="all">{i18n.t('directory.allCountries')}</option>
          </select>
        </div>
      </div>
    </form>
  );
}
