// The buurt layer on vector tiles: a Leaflet GridLayer that fetches /tiles/buurten MVT, decodes each tile once into
// Path2D outlines per buurt, and paints them on canvas with a style callback. Restyling (a slider move, a hover, a
// selection) repaints the cached outlines and never refetches geometry.

import { VectorTile } from '../../lib/vector-tile/vector-tile.js';
import { PbfReader } from '../../lib/vector-tile/pbf.js';

const TILE_SIZE = 256;
const POLYGON = 3;

// One scratch context for hit tests: isPointInPath needs a context, and an identity transform keeps it in tile pixels.
const scratch = document.createElement('canvas').getContext('2d');

function decode(buffer) {
  const tile = new VectorTile(new PbfReader(new Uint8Array(buffer)));
  const layer = tile.layers.buurten ?? Object.values(tile.layers)[0];
  const features = [];
  for (let i = 0; layer && i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.type !== POLYGON || !feature.properties.buurtcode) {
      continue;
    }
    features.push(outline(feature, TILE_SIZE / layer.extent));
  }
  return features;
}

function outline(feature, scale) {
  const path = new Path2D();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of feature.loadGeometry()) {
    ring.forEach((p, i) => {
      const x = p.x * scale, y = p.y * scale;
      if (i === 0) { path.moveTo(x, y); } else { path.lineTo(x, y); }
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    });
    path.closePath();
  }
  return { code: String(feature.properties.buurtcode), properties: feature.properties, path, box: [minX, minY, maxX, maxY] };
}

function hatch(colour) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = 'rgba(0,0,0,0.45)';
  ctx.beginPath();
  ctx.moveTo(0, 8); ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(canvas, 'repeat');
}

export const BuurtTileLayer = L.GridLayer.extend({
  // style(feature) → { fill, onbekend, stroke, weight, dash, top }. Fires 'featuresdrawn' with the codes of a newly drawn tile.
  initialize(url, style, options) {
    L.GridLayer.prototype.initialize.call(this, { ...options, tileSize: TILE_SIZE });
    this._url = url;
    this._style = style;
    this._decoded = new Map();
    this._patterns = new Map();
    this.on('tileunload', e => this._forget(e.coords));
  },

  createTile(coords, done) {
    const canvas = L.DomUtil.create('canvas', 'leaflet-tile');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.height = TILE_SIZE * ratio;
    const controller = new AbortController();
    const key = this._tileCoordsToKey(coords);
    this._decoded.set(key, { canvas, coords, features: [], controller, ratio });
    fetch(L.Util.template(this._url, coords), { signal: controller.signal })
      .then(response => {
        if (!response.ok) { throw new Error(`tegel ${key}: ${response.status}`); }
        return response.arrayBuffer();
      })
      .then(buffer => {
        const entry = this._decoded.get(key);
        if (entry) {
          entry.features = buffer.byteLength > 0 ? decode(buffer) : [];
          this._draw(entry);
          if (entry.features.length > 0) {
            this.fire('featuresdrawn', { codes: entry.features.map(f => f.code) });
          }
        }
        done(null, canvas);
      })
      .catch(error => { if (error.name !== 'AbortError') { done(error, canvas); } });
    return canvas;
  },

  /** Repaints every cached tile, or only those that hold one of `codes`. */
  redraw(codes) {
    for (const entry of this._decoded.values()) {
      if (!codes || entry.features.some(f => codes.has(f.code))) {
        this._draw(entry);
      }
    }
  },

  /** The buurt under a map position, from the decoded tiles of the zoom on screen; null when none. */
  featureAt(latlng) {
    const hit = this._locate(latlng);
    if (!hit) {
      return null;
    }
    const { entry, x, y } = hit;
    return entry.features.findLast(f => this.contains(f, x, y)) ?? null;
  },

  /** Whether tile pixel (x, y) lies inside the decoded feature `f` (holes excluded). */
  contains(f, x, y) {
    return x >= f.box[0] && x <= f.box[2] && y >= f.box[1] && y <= f.box[3] && scratch.isPointInPath(f.path, x, y, 'evenodd');
  },

  /** The decoded tiles of the zoom on screen, each with its features in tile pixels. */
  visibleTiles() {
    return [...this._decoded.values()].filter(e => e.coords.z === this._tileZoom);
  },

  /** A tile pixel of `entry` as a map position. */
  toLatLng(entry, x, y) {
    return this._map.unproject(L.point(entry.coords.x * TILE_SIZE + x, entry.coords.y * TILE_SIZE + y), entry.coords.z);
  },

  _locate(latlng) {
    const z = this._tileZoom;
    const p = this._map.project(latlng, z);
    const coords = L.point(Math.floor(p.x / TILE_SIZE), Math.floor(p.y / TILE_SIZE));
    coords.z = z;
    const entry = this._decoded.get(this._tileCoordsToKey(coords));
    return entry ? { entry, x: p.x - coords.x * TILE_SIZE, y: p.y - coords.y * TILE_SIZE } : null;
  },

  _forget(coords) {
    const key = this._tileCoordsToKey(coords);
    this._decoded.get(key)?.controller.abort();
    this._decoded.delete(key);
  },

  _draw(entry) {
    const ctx = entry.canvas.getContext('2d');
    ctx.setTransform(entry.ratio, 0, 0, entry.ratio, 0, 0);
    ctx.clearRect(0, 0, TILE_SIZE, TILE_SIZE);
    const thin = entry.coords.z < 10 ? 0.25 : entry.coords.z < 12 ? 0.5 : 1;
    const styled = entry.features.map(f => ({ f, s: this._style(f) }));
    for (const { f, s } of styled) {
      ctx.globalAlpha = 0.72;
      ctx.fillStyle = s.onbekend ? this._pattern(s.fill) : s.fill;
      ctx.fill(f.path, 'evenodd');
      if (!s.top) {
        this._stroke(ctx, f, s, thin);
      }
    }
    // Outlines of hovered and selected buurten go last, so their neighbours' fills cannot cover them.
    styled.filter(x => x.s.top).forEach(({ f, s }) => this._stroke(ctx, f, s, thin));
  },

  _stroke(ctx, f, s, thin) {
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.top ? s.weight : s.weight * thin;
    ctx.setLineDash(s.dash ?? []);
    ctx.stroke(f.path);
    ctx.setLineDash([]);
  },

  _pattern(colour) {
    if (!this._patterns.has(colour)) {
      this._patterns.set(colour, hatch(colour));
    }
    return this._patterns.get(colour);
  },
});
