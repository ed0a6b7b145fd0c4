// The planned works over the buurten: GeoJSON from /api/werken for the period the slider chose, each werksoort in its
// colour. Drawn in a pane of its own above the buurten and not interactive, so clicks still reach the buurt below.

const PANE = 'werken';
const UNKNOWN = '#6b6b6b';

export class WorksLayer {
  constructor(map, element) {
    this.map = map;
    this.element = element;
    this.layer = null;
    this.requests = 0;
    map.createPane(PANE);
    map.getPane(PANE).style.zIndex = '450';
    map.getPane(PANE).style.pointerEvents = 'none';
  }

  /**
   * Shows the works of `url` (null: none) with `colours` by werksoort id; resolves with how many it drew, or -1 when
   * a later call took over while this one was loading.
   */
  async show(url, colours) {
    const request = ++this.requests;
    let features = [];
    if (url) {
      const response = await fetch(url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`geplande werken: HTTP ${response.status}`);
      }
      features = (await response.json()).features ?? [];
    }
    if (request !== this.requests) {
      return -1;
    }
    this.layer?.remove();
    const colour = f => colours?.[f.properties?.soort] ?? UNKNOWN;
    this.layer = L.geoJSON({ type: 'FeatureCollection', features }, {
      pane: PANE,
      interactive: false,
      style: f => ({ color: colour(f), weight: 4, opacity: 0.9, fillColor: colour(f), fillOpacity: 0.3 }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane: PANE, radius: 6, interactive: false }),
    }).addTo(this.map);
    this.element.setAttribute('data-werken', String(features.length));
    return features.length;
  }

  /** The werk_id of every work on the map, in the order drawn. */
  ids() {
    return this.layer ? this.layer.getLayers().map(l => l.feature.properties.werk_id) : [];
  }
}
