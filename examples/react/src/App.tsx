// The kit's <offer-search> in a React 19 app: a preset from the app's state, the element's events
// shown in the app's own UI.
import { useState } from 'react';
// The one line that types the kit's elements in JSX (attributes, properties, `onwk-…` events).
import type {} from 'willkommen-widgets/react';
import { localText, type FilterChangeDetail, type WkFilterChangeEvent, type WkSelectEvent } from 'willkommen-widgets';
// The sample catalogue, served with the app; yours is a URL such as https://example.org/catalogue.json.
import catalogue from '../../../demo/catalogue.json?url';

const TOPICS = [
  { id: '', label: 'All topics' },
  { id: 'language', label: 'Language courses' },
  { id: 'work', label: 'Job placement' },
  { id: 'migration-counselling', label: 'Migration counselling' },
];

export function App() {
  const [topic, setTopic] = useState('');
  const [wide, setWide] = useState(false);
  const [listed, setListed] = useState<FilterChangeDetail | null>(null);
  const [selected, setSelected] = useState('');

  const onFilterChange = (event: WkFilterChangeEvent) => setListed(event.detail);
  const onSelect = (event: WkSelectEvent) => {
    const { offer } = event.detail;
    setSelected(offer ? (localText(offer.title, 'en')?.text ?? offer.id) : '');
  };

  return (
    <main className={wide ? 'wide' : 'narrow'}>
      <h1>Help near you</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          Topic{' '}
          <select id="topic" value={topic} onChange={(event) => setTopic(event.target.value)}>
            {TOPICS.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input id="wide" type="checkbox" checked={wide} onChange={(event) => setWide(event.target.checked)} /> Wide layout
        </label>
      </form>
      <p id="listed" aria-live="polite">
        {listed
          ? `${listed.count} offers listed (${listed.cause}), search “${listed.filters.query}”, topics: ${listed.filters.categories.join(', ') || 'all'}`
          : 'Loading…'}
      </p>
      <p id="selected">{selected ? `You opened: ${selected}` : 'No offer opened'}</p>
      <offer-search src={catalogue} categories={topic} page-size={5} onwk-filter-change={onFilterChange} onwk-select={onSelect} />
    </main>
  );
}
