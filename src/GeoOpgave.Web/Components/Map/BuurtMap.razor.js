// Leaflet map of the buurten on vector tiles. Leaflet itself is a global script (wwwroot/lib/leaflet, copied from npm
// by the build); the tile decoder is an ES module in wwwroot/lib/vector-tile.

// Its parts live in wwwroot/js/map: the SDK serves only one .razor.js module per component.
import { BuurtTileLayer } from '../../js/map/buurt-tiles.js';
import { DrawTools } from '../../js/map/draw-tools.js';
import { MapProbe } from '../../js/map/map-probe.js';
import { WorksLayer } from '../../js/map/works-layer.js';

const NETHERLANDS = [[50.75, 3.2], [53.7, 7.22]];

function isOnbekend(properties) {
  const classes = Object.keys(properties)
    .filter(key => key.startsWith('urgentie_'))
    .map(key => String(properties[key] ?? '').toLowerCase());
  return classes.length > 0 && classes.every(c => c === 'onbekend');
}

function toBounds([west, south, east, north]) {
  return L.latLngBounds([south, west], [north, east]);
}

// The attributes the map keeps its state in, carried over when a map started early moves to Blazor's element.
const MARKS = ['data-first-paint', 'data-first-frame', 'data-drawn', 'data-full-render'];

// A map started from the prerendered page before the circuit was there, waiting for its component (see startEarly).
let earlyView = null;

class BuurtMapView {
  constructor(element, dotNetRef, options) {
    this.dotNetRef = dotNetRef;
    this.early = null;
    this.options = options;
    this.element = element;
    this.selected = null;
    this.hovered = null;
    this.highlighted = new Set();
    this.fills = new Map();
    this.labels = new Map();
    this.workCounts = new Map();
    this.workPeriod = '';
    this.drawn = new Set();
    this.onbekendColour = options.onbekendColour;
    this.paints = 0;
    this.layer = null;
    // Leaflet lives in a child of the component's element, so that a map started early can move into the element
    // Blazor renders in place of the prerendered one.
    this.container = L.DomUtil.create('div', 'buurt-map__kaart', element);
    this.map = L.map(this.container, { zoomSnap: 0.25, attributionControl: true });
    // Offline the tiles fail; Leaflet keeps failed tiles hidden, so the neutral map background shows instead.
    L.tileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 19 }).addTo(this.map);
    this.map.fitBounds(NETHERLANDS);
    this.tooltip = L.tooltip({ direction: 'top', offset: [0, -8] });
    this.draw = new DrawTools(this.map, ring => this.call('OnShapeDrawnInMap', ring));
    this.map.on('click', e => this.onClick(e));
    this.map.on('mousemove', e => this.onHover(e.latlng));
    this.map.on('mouseout', () => this.onHover(null));
    this.works = new WorksLayer(this.map, element);
    this.probe = new MapProbe(this.map, () => this.layer, this.works);
    element.buurtMapProbe = this.probe;
  }

  /** Takes the element Blazor rendered for the component: the map, its marks and its probe move there. */
  adopt(element, dotNetRef) {
    if (element !== this.element) {
      MARKS.forEach(name => {
        const value = this.element.getAttribute(name);
        if (value !== null) {
          element.setAttribute(name, value);
        }
      });
      delete this.element.buurtMapProbe;
      element.appendChild(this.container);
      element.buurtMapProbe = this.probe;
      this.element = element;
      this.works.element = element;
      this.map.invalidateSize();
    }
    this.dotNetRef = dotNetRef;
    this.element.setAttribute('data-early', 'true');
  }

  /** Shows the tiles of `url` (an XYZ template), fitted to `bounds` ([west, south, east, north]); resolves with the buurten drawn. */
  load(url, bounds) {
    // The component's first load asks for what the early start already shows.
    const early = this.early;
    this.early = null;
    return early?.url === url ? early.loaded : this.show(url, bounds);
  }

  async show(url, bounds) {
    this.layer?.remove();
    this.drawn.clear();
    this.element.removeAttribute('data-first-paint');
    this.element.removeAttribute('data-first-frame');
    this.element.removeAttribute('data-full-render');
    let errors = 0;
    this.layer = new BuurtTileLayer(url, f => this.styleOf(f), { pane: 'overlayPane', maxZoom: 22 });
    this.layer.on('featuresdrawn', e => this.onDrawn(e.codes));
    this.layer.on('tileerror', () => { errors += 1; });
    const loaded = new Promise(resolve => this.layer.once('load', resolve));
    if (bounds) {
      this.map.fitBounds(toBounds(bounds), { padding: [16, 16] });
    }
    this.layer.addTo(this.map);
    await loaded;
    this.element.setAttribute('data-full-render', String(Math.round(performance.now())));
    if (errors > 0 && this.drawn.size === 0) {
      throw new Error(`${errors} tegels konden niet worden geladen`);
    }
    return this.drawn.size;
  }

  // A paint from the server overrides the overlap colours the tiles came with.
  styleOf(feature) {
    const code = feature.code;
    const fill = this.fills.has(code) ? this.fills.get(code) : this.overlapFill(feature.properties);
    const onbekend = fill === null;
    const base = { fill: onbekend ? this.onbekendColour : fill, onbekend, stroke: '#4b4b4b', weight: 1, dash: onbekend ? [4, 3] : null };
    if (code === this.selected) {
      return { ...base, stroke: '#01689b', weight: 4, dash: null, top: true };
    }
    if (code === this.hovered) {
      return { ...base, stroke: '#154273', weight: 3, dash: null, top: true };
    }
    return this.highlighted.has(code) ? { ...base, stroke: '#154273', weight: 2.5, dash: [6, 3], top: true } : base;
  }

  overlapFill(properties) {
    if (isOnbekend(properties)) {
      return null;
    }
    return this.options.colours[Math.max(0, Math.min(this.options.colours.length - 1, properties.overlap | 0))];
  }

  paint(paint) {
    this.onbekendColour = paint.onbekendColour;
    paint.codes.forEach((code, i) => {
      const cls = paint.classes[i];
      this.fills.set(code, cls < 0 ? null : paint.colours[Math.min(cls, paint.colours.length - 1)]);
      this.labels.set(code, paint.labels[i]);
    });
    this.layer?.redraw();
    this.paints += 1;
    this.element.setAttribute('data-paint', String(this.paints));
  }

  /** Outlines `code` as the buurt in the side panel (null for none). */
  select(code) {
    const changed = new Set([this.selected, code].filter(c => c));
    this.selected = code ?? null;
    this.layer?.redraw(changed);
    this.element.setAttribute('data-selected', this.selected ?? '');
  }

  /** Outlines the buurten of the multi-selection. */
  highlight(codes) {
    const changed = new Set([...this.highlighted, ...codes]);
    this.highlighted = new Set(codes);
    this.layer?.redraw(changed);
    this.element.setAttribute('data-highlighted', String(this.highlighted.size));
  }

  /** Adds to each buurt's tooltip how many planned works of `period` touch it (`counts` by buurtcode). */
  countWorks(counts, period) {
    this.workCounts = new Map(Object.entries(counts ?? {}));
    this.workPeriod = period ?? '';
    // An open tooltip follows the new period at once, not only after the pointer moves.
    if (this.hovered && this.map.hasLayer(this.tooltip)) {
      const feature = this.layer?.featureAt(this.tooltip.getLatLng());
      if (feature?.code === this.hovered) {
        this.tooltip.setContent(this.tooltipText(feature));
      }
    }
  }

  /** Draws the planned works of `url` (null: none) in the colours of their werksoort; resolves with how many, or -1 when overtaken. */
  showWorks(url, colours) {
    return this.works.show(url, colours);
  }

  zoomTo(bounds) {
    this.map.fitBounds(toBounds(bounds), { padding: [24, 24], maxZoom: 17 });
    return true;
  }

  onDrawn(codes) {
    if (!this.element.hasAttribute('data-first-paint')) {
      this.element.setAttribute('data-first-paint', String(Math.round(performance.now())));
      // The frame that shows them: a callback of the next animation frame runs just before it is painted.
      requestAnimationFrame(() => this.element.setAttribute('data-first-frame', String(Math.round(performance.now()))));
    }
    codes.forEach(code => this.drawn.add(code));
    this.element.setAttribute('data-drawn', String(this.drawn.size));
  }

  onClick(e) {
    if (this.draw.busy || !this.layer) {
      return;
    }
    const feature = this.layer.featureAt(e.latlng);
    if (!feature) {
      return;
    }
    const shift = Boolean(e.originalEvent?.shiftKey);
    if (!shift) {
      this.select(feature.code);
    }
    this.call('OnBuurtClicked', feature.code, shift);
  }

  onHover(latlng) {
    const feature = latlng && this.layer && !this.draw.busy ? this.layer.featureAt(latlng) : null;
    const code = feature?.code ?? null;
    this.map.getContainer().style.cursor = code ? 'pointer' : '';
    if (code !== this.hovered) {
      const changed = new Set([this.hovered, code].filter(c => c));
      this.hovered = code;
      this.layer?.redraw(changed);
    }
    if (!feature) {
      this.tooltip.remove();
      return;
    }
    this.tooltip.setLatLng(latlng).setContent(this.tooltipText(feature));
    if (!this.map.hasLayer(this.tooltip)) {
      this.tooltip.addTo(this.map);
    }
  }

  tooltipText(feature) {
    return (this.labels.get(feature.code) ?? this.fallbackLabel(feature.properties)) + this.worksLabel(feature.code);
  }

  worksLabel(code) {
    const count = this.workCounts.get(code) ?? 0;
    return count === 0 ? '' : ` · ${count} ${count === 1 ? 'gepland werk' : 'geplande werken'} (${this.workPeriod})`;
  }

  fallbackLabel(p) {
    const overlap = p.overlap ?? 0;
    if (p.bekende_opgaven === undefined) {
      return `${p.buurtnaam ?? p.buurtcode}: ${overlap} urgente ${overlap === 1 ? 'opgave' : 'opgaven'}`;
    }
    const known = Number(p.bekende_opgaven);
    return `${p.buurtnaam ?? p.buurtcode}: ${overlap} van ${known} bekende ${known === 1 ? 'opgave' : 'opgaven'} urgent`;
  }

  call(method, ...args) {
    // Before the circuit is there (an early start) nobody listens yet.
    this.dotNetRef?.invokeMethodAsync(method, ...args).catch(() => { /* circuit gone: nothing to update */ });
  }

  dispose() {
    delete this.element.buurtMapProbe;
    this.map.remove();
  }
}

export function createMap(element, dotNetRef, options) {
  const early = earlyView;
  earlyView = null;
  if (early) {
    early.adopt(element, dotNetRef);
    return early;
  }
  return new BuurtMapView(element, dotNetRef, options);
}

/**
 * Starts the map on the prerendered element (its data-early-* attributes: the tiles, the bounds, the options) as soon
 * as the page is parsed: the tiles are asked for while the circuit starts, instead of after it. The component's
 * createMap takes the map over.
 */
export function startEarly(element) {
  const options = JSON.parse(element.dataset.earlyOptions);
  const bounds = element.dataset.earlyBounds ? element.dataset.earlyBounds.split(',').map(Number) : null;
  const view = new BuurtMapView(element, null, options);
  const url = element.dataset.earlyTiles;
  const loaded = view.show(url, bounds);
  // Its failure is reported when the component asks for the same tiles; until then it is not unhandled.
  loaded.catch(() => {});
  view.early = { url, loaded };
  earlyView = view;
}
