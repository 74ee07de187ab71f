/** The filter controls of the stories list: folder, source and time range. */
import { api } from './api.js';
import { type StoryFilters, TIME_RANGES, type TimeRange } from './story-filters.js';
import { useResource } from './use-resource.js';

export function StoryFiltersBar(props: { filters: StoryFilters; onChange: (filters: StoryFilters) => void }) {
  const { filters, onChange } = props;
  const feeds = useResource('feeds', (signal) => api.feeds(signal), ['feeds']);
  const sources = useResource('sources', (signal) => api.sources(signal), ['feeds', 'stories']);
  const folders = feeds.data?.folders ?? [];
  const sourceList = [...(sources.data?.sources ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form className="filters" aria-label="Filter stories" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-folder">Folder</label>
        <select
          id="filter-folder"
          value={filters.folder ?? ''}
          onChange={(event) => onChange({ ...filters, folder: event.target.value || null })}
        >
          <option value="">All folders</option>
          {folders.map((folder) => (
            <option key={folder} value={folder}>
              {folder}
            </option>
          ))}
          {filters.folder !== null && !folders.includes(filters.folder) && (
            <option value={filters.folder}>{filters.folder}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-source">Source</label>
        <select
          id="filter-source"
          value={filters.source === null ? '' : String(filters.source)}
          onChange={(event) =>
            onChange({ ...filters, source: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          <option value="">All sources</option>
          {sourceList.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
          {filters.source !== null && !sourceList.some((source) => source.id === filters.source) && (
            <option value={filters.source}>Source {filters.source}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-time">Time</label>
        <select
          id="filter-time"
          value={filters.time}
          onChange={(event) => onChange({ ...filters, time: event.target.value as TimeRange })}
        >
          {TIME_RANGES.map((range) => (
            <option key={range.value} value={range.value}>
              {range.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
