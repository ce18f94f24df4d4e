import type { DocumentFacets, FacetCount } from '@/utils/store';
import type { SourceCount, TagCount } from '@/utils/store/types';
import { useI18n, type MessageKey } from '../i18n';
import { kindLabel, typeLabel } from '../labels';
import { tagKey } from '@/utils/tags';
import { emptyFilters, hasActiveFilters, type Filters } from './query';
import { CLIP_KINDS, FINDING_KINDS, KIND_CATEGORIES, type ClipKind } from '@/utils/vocabulary';

export type ViewMode = 'grouped' | 'flat';

interface Props {
  filters: Filters;
  onChange(filters: Filters): void;
  tags: TagCount[];
  sources: SourceCount[];
  /** Issuers and types of the library's official documents (no filter shown when there are none). */
  documents: DocumentFacets;
  view: ViewMode;
  onViewChange(view: ViewMode): void;
}

/**
 * Filters beside the results: tags (all of), source, an official document's issuer and type, date
 * range, kinds, one category of a kind (`figure/money`); and the view mode.
 */
export function FilterBar({ filters, onChange, tags, sources, documents, view, onViewChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  const chosen = new Set(filters.tags.map(tagKey));
  const pickable = tags.filter((tag) => !chosen.has(tagKey(tag.tag)));

  /** A facet's select; a chosen value no longer in the library stays listed so it can be seen and cleared. */
  const facet = (key: 'issuer' | 'docType', values: FacetCount[], label: MessageKey, any: MessageKey) => {
    const chosen = filters[key];
    if (values.length === 0 && !chosen) return null;
    const options =
      chosen && !values.some((f) => f.value === chosen) ? [{ value: chosen, count: 0 }, ...values] : values;
    return (
      <div class="field">
        <label for={`filter-${key}`}>{t(label)}</label>
        <select
          id={`filter-${key}`}
          data-testid={`filter-${key}`}
          value={chosen}
          onChange={(event) => set({ [key]: event.currentTarget.value })}
        >
          <option value="">{t(any)}</option>
          {options.map((f) => (
            <option key={f.value} value={f.value}>
              {t('libFacetWithCount', f.value, f.count)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  function toggleKind(kind: ClipKind, on: boolean): void {
    set({ kinds: on ? [...filters.kinds, kind] : filters.kinds.filter((k) => k !== kind) });
  }

  return (
    <section class="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading" class="panel-heading">
        {t('libFilters')}
      </h2>

      <div class="field">
        <label for="filter-tag">{t('libFilterTags')}</label>
        <select
          id="filter-tag"
          data-testid="filter-tag"
          value=""
          onChange={(event) => {
            const tag = event.currentTarget.value;
            event.currentTarget.value = '';
            if (tag) set({ tags: [...filters.tags, tag] });
          }}
        >
          <option value="">{t('libFilterTagsPick')}</option>
          {pickable.map((tag) => (
            <option key={tag.tag} value={tag.tag}>
              {t('libTagWithCount', tag.tag, tag.count)}
            </option>
          ))}
        </select>
        {filters.tags.length > 0 && (
          <ul class="tag-chips" aria-label={t('libFilterTagsActive')}>
            {filters.tags.map((tag) => (
              <li key={tag} class="tag-chip" data-testid="active-tag-filter">
                <span class="tag-chip-text">{tag}</span>
                <button
                  type="button"
                  class="tag-chip-remove"
                  aria-label={t('libFilterTagRemove', tag)}
                  onClick={() => set({ tags: filters.tags.filter((x) => x !== tag) })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div class="field">
        <label for="filter-source">{t('libFilterSource')}</label>
        <select
          id="filter-source"
          data-testid="filter-source"
          value={filters.source}
          onChange={(event) => set({ source: event.currentTarget.value })}
        >
          <option value="">{t('libFilterSourceAny')}</option>
          {sources.map((s) => (
            <option key={s.source} value={s.source}>
              {s.source}
            </option>
          ))}
        </select>
      </div>

      {facet('issuer', documents.issuers, 'libFilterIssuer', 'libFilterIssuerAny')}
      {facet('docType', documents.docTypes, 'libFilterDocType', 'libFilterDocTypeAny')}

      <fieldset class="field">
        <legend>{t('libFilterDates')}</legend>
        <div class="row">
          <label>
            <span>{t('libFilterFrom')}</span>
            <input
              type="date"
              data-testid="filter-from"
              value={filters.from}
              onChange={(event) => set({ from: event.currentTarget.value })}
            />
          </label>
          <label>
            <span>{t('libFilterTo')}</span>
            <input
              type="date"
              data-testid="filter-to"
              value={filters.to}
              onChange={(event) => set({ to: event.currentTarget.value })}
            />
          </label>
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>{t('libFilterKinds')}</legend>
        {CLIP_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              data-testid={`filter-kind-${kind}`}
              checked={filters.kinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
            />
            <span>{kindLabel(t, kind)}</span>
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="filter-category">{t('libFilterCategory')}</label>
        <select
          id="filter-category"
          data-testid="filter-category"
          value={filters.category}
          onChange={(event) => set({ category: event.currentTarget.value })}
        >
          <option value="">{t('libFilterCategoryAny')}</option>
          {FINDING_KINDS.map((kind) => (
            <optgroup key={kind} label={kindLabel(t, kind)}>
              {KIND_CATEGORIES[kind].map((type) => (
                <option key={type} value={`${kind}/${type}`}>
                  {typeLabel(t, type)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <fieldset class="field">
        <legend>{t('libView')}</legend>
        {(['grouped', 'flat'] as const).map((mode) => (
          <label key={mode} class="check">
            <input
              type="radio"
              name="library-view"
              data-testid={`view-${mode}`}
              checked={view === mode}
              onChange={() => onViewChange(mode)}
            />
            <span>{t(mode === 'grouped' ? 'libViewGrouped' : 'libViewFlat')}</span>
          </label>
        ))}
      </fieldset>

      {hasActiveFilters(filters) && (
        <button type="button" data-testid="clear-filters" onClick={() => onChange(emptyFilters())}>
          {t('libClearFilters')}
        </button>
      )}
    </section>
  );
}
