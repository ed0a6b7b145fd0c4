// Leaflet map of the buurten. Leaflet itself is a global script (wwwroot/lib/leaflet, copied from npm by the build).

const NETHERLANDS = [[50.75, 3.2], [53.7, 7.22]];

const baseStyle = { weight: 1, color: '#4b4b4b', opacity: 0.9, fillOpacity: 0.72 };
const hoverStyle = { weight: 3, color: '#154273' };
const selectedStyle = { weight: 4, color: '#01689b' };

function isOnbekend(properties) {
  const classes = Object.keys(properties)
    .filter(key => key.startsWith('urgentie_'))
    .map(key => String(properties[key] ?? '').toLowerCase());
  return classes.length > 0 && classes.every(c => c === 'onbekend');
}

function styleFor(feature, options) {
  const p = feature.properties;
  const code = p.buurtcode;
  if (isOnbekend(p)) {
    return { ...baseStyle, fillColor: options.onbekendColour, dashArray: '4 3', className: `buurt buurt-${code} buurt-onbekend` };
  }
  const index = Math.max(0, Math.min(options.colours.length - 1, p.overlap | 0));
  return { ...baseStyle, fillColor: options.colours[index], className: `buurt buurt-${code}` };
}

class BuurtMapView {
  constructor(element, dotNetRef, options) {
    this.dotNetRef = dotNetRef;
    this.options = options;
    this.selected = null;
    this.layer = null;
    this.layersByCode = new Map();
    this.fills = new Map();
    this.labels = new Map();
    this.onbekendColour = options.onbekendColour;
    this.paints = 0;
    this.map = L.map(element, { zoomSnap: 0.25, attributionControl: true });
    // Offline the tiles fail; Leaflet keeps failed tiles hidden, so the neutral map background shows instead.
    L.tileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 19 }).addTo(this.map);
    this.map.fitBounds(NETHERLANDS);
  }

  async load(url) {
    const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) {
      throw new Error(`GET ${url}: ${response.status}`);
    }
    const data = await response.json();
    this.show(data);
    return data.features.length;
  }

  show(data) {
    if (this.layer) {
      this.layer.remove();
    }
    this.layersByCode.clear();
    this.layer = L.geoJSON(data, {
      style: feature => this.styleOf(feature),
      onEachFeature: (feature, layer) => this.bind(feature, layer),
    }).addTo(this.map);
    const bounds = this.layer.getBounds();
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [16, 16] });
    }
    if (this.selected) {
      this.select(this.selected);
    }
  }

  // A paint from the server overrides the overlap colours the GeoJSON came with.
  styleOf(feature) {
    const code = feature.properties.buurtcode;
    const fill = this.fills.get(code);
    if (fill === undefined) {
      return styleFor(feature, this.options);
    }
    const onbekend = fill === null;
    return {
      ...baseStyle,
      fillColor: onbekend ? this.onbekendColour : fill,
      dashArray: onbekend ? '4 3' : null,
      className: `buurt buurt-${code}${onbekend ? ' buurt-onbekend' : ''}`,
    };
  }

  paint(paint) {
    this.onbekendColour = paint.onbekendColour;
    paint.codes.forEach((code, i) => {
      const cls = paint.classes[i];
      this.fills.set(code, cls < 0 ? null : paint.colours[Math.min(cls, paint.colours.length - 1)]);
      this.labels.set(code, paint.labels[i]);
      this.layersByCode.get(code)?.setTooltipContent(paint.labels[i]);
    });
    if (this.layer) {
      this.layer.setStyle(feature => this.styleOf(feature));
      if (this.selected) {
        this.restyle(this.selected);
      }
    }
    this.paints += 1;
    this.map.getContainer().setAttribute('data-paint', String(this.paints));
  }

  zoomTo(codes) {
    const layers = codes.map(code => this.layersByCode.get(code)).filter(layer => layer);
    if (layers.length === 0) {
      return false;
    }
    const bounds = L.featureGroup(layers).getBounds();
    this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    return true;
  }

  bind(feature, layer) {
    const code = feature.properties.buurtcode;
    this.layersByCode.set(code, layer);
    const overlap = feature.properties.overlap;
    const fallback = `${feature.properties.buurtnaam}: ${overlap} urgente ${overlap === 1 ? 'opgave' : 'opgaven'}`;
    layer.bindTooltip(this.labels.get(code) ?? fallback, { sticky: true });
    layer.on('add', () => layer.getElement()?.setAttribute('data-code', code));
    layer.on('mouseover', () => {
      layer.setStyle(hoverStyle);
      layer.bringToFront();
    });
    layer.on('mouseout', () => this.restyle(code));
    layer.on('click', event => {
      this.select(code);
      const shift = Boolean(event.originalEvent?.shiftKey);
      this.dotNetRef.invokeMethodAsync('OnBuurtClicked', code, shift).catch(() => { /* circuit gone: nothing to update */ });
    });
  }

  restyle(code) {
    const layer = this.layersByCode.get(code);
    if (!layer) {
      return;
    }
    this.layer.resetStyle(layer);
    if (code === this.selected) {
      layer.setStyle(selectedStyle);
      layer.bringToFront();
    }
  }

  select(code) {
    const previous = this.selected;
    this.selected = code ?? null;
    if (previous) {
      this.restyle(previous);
    }
    if (this.selected) {
      this.restyle(this.selected);
    }
  }

  dispose() {
    this.map.remove();
    this.layersByCode.clear();
  }
}

export function createMap(element, dotNetRef, options) {
  return new BuurtMapView(element, dotNetRef, options);
}
