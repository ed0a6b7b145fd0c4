// The map's test and benchmark hook, on the map element as `buurtMapProbe`: a canvas has no element per buurt to
// click or inspect, so browser tests ask here where a buurt is on screen and which colour the canvas holds there.

const STEPS = 16;
const TILE_SIZE = 256;

const MARGIN = 5;

// Sample points over a feature's box, in tile pixels, inside the feature and inside its own tile: first those at
// least MARGIN pixels from its outline (where a stroke cannot reach), then the rest.
function* samples(layer, f) {
  const inside = (x, y) => x >= 0 && y >= 0 && x < TILE_SIZE && y < TILE_SIZE && layer.contains(f, x, y);
  const points = [];
  for (let i = 1; i < STEPS; i++) {
    for (let j = 1; j < STEPS; j++) {
      points.push([f.box[0] + (f.box[2] - f.box[0]) * i / STEPS, f.box[1] + (f.box[3] - f.box[1]) * j / STEPS]);
    }
  }
  const clear = ([x, y]) => [[0, 0], [MARGIN, 0], [-MARGIN, 0], [0, MARGIN], [0, -MARGIN]].every(([dx, dy]) => inside(x + dx, y + dy));
  yield* points.filter(clear);
  yield* points.filter(p => inside(p[0], p[1]) && !clear(p));
}

export class MapProbe {
  constructor(map, layer, works) {
    this.map = map;
    this.layer = layer;
    this.worksLayer = works;
  }

  /** The werk_id of every planned work the map draws now. */
  works() {
    return this.worksLayer.ids();
  }

  /** A visible point inside the buurt, [x, y] in client pixels, not under a control or the legend; null when none. */
  pointOf(code) {
    const p = this.locate(code);
    return p ? [p.x, p.y] : null;
  }

  /** The RGBA the buurt layer's canvas holds at a point inside the buurt, or null when it is not on screen. */
  pixelOf(code) {
    const p = this.locate(code);
    return p ? Array.from(p.canvas.getContext('2d').getImageData(Math.floor(p.tx), Math.floor(p.ty), 1, 1).data) : null;
  }

  /** The map position under a client pixel, as [lon, lat]. */
  lonLatAt(x, y) {
    const rect = this.map.getContainer().getBoundingClientRect();
    const latlng = this.map.containerPointToLatLng([x - rect.left, y - rect.top]);
    return [latlng.lng, latlng.lat];
  }

  locate(code) {
    const layer = this.layer();
    for (const entry of layer?.visibleTiles() ?? []) {
      for (const f of entry.features.filter(x => x.code === code)) {
        for (const [x, y] of samples(layer, f)) {
          const hit = this.visible(layer.toLatLng(entry, x, y));
          if (hit) {
            return { ...hit, canvas: entry.canvas, tx: x * entry.ratio, ty: y * entry.ratio };
          }
        }
      }
    }
    return null;
  }

  visible(latlng) {
    const container = this.map.getContainer();
    const rect = container.getBoundingClientRect();
    const p = this.map.latLngToContainerPoint(latlng);
    const [x, y] = [rect.left + p.x, rect.top + p.y];
    const hit = document.elementFromPoint(x, y);
    return hit && container.contains(hit) && !hit.closest('.leaflet-control') ? { x, y } : null;
  }
}
