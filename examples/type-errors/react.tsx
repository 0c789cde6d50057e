// Deliberately wrong uses of the kit's elements in React: each line marked `error:` must fail to
// type-check (tests/frameworks.test.ts compiles this file with the React example).
import type {} from 'willkommen-widgets/react';
import type { WkLoadEvent } from 'willkommen-widgets';

export const right = (
  <>
    <offer-search categories="work" hide-filters="categories" page-size="5" url-state onwk-select={(e) => e.detail.offer?.id} />
    <event-list range="month" limit={10} onwk-filter-change={(e) => e.detail.count} />
    <job-board level="B1" pageSize={10} />
    <offer-map for="search" consent onwk-map-consent={(e) => e.detail.granted} />
  </>
);

export const wrong = (
  <>
    <offer-search categorys="work" /> {/* error: no such property */}
    <offer-search page-size={[5]} /> {/* error: a number, not a list */}
    <offer-search urlState="yes" /> {/* error: a boolean */}
    <event-list range="year" /> {/* error: not a period */}
    <offer-search onwk-select={(e: WkLoadEvent) => e} /> {/* error: wk-select carries a WkSelectEvent */}
    <offer-search onwk-load={(e) => e.detail.offer} /> {/* error: a load event has no offer */}
    <offer-serch /> {/* error: no such element */}
  </>
);
