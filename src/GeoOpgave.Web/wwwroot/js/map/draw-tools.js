// Drawing a selection on the map: a rectangle (shift-drag, or drag after "Rechthoek") and a polygon ("Veelhoek":
// click the corners, double-click or Enter to finish, Escape to stop). The finished shape goes to onShape as a closed
// ring of [lon, lat]; the server decides which buurten it meets.

const shapeStyle = { color: '#154273', weight: 2, dashArray: '6 4', fillOpacity: 0.08, interactive: false };
const MIN_DRAG_PX = 4;

function button(parent, text, title, onClick) {
  const b = L.DomUtil.create('button', 'knop knop--secundair', parent);
  b.type = 'button';
  b.textContent = text;
  b.title = title;
  b.setAttribute('aria-pressed', 'false');
  b.style.display = 'block';
  b.style.width = '100%';
  L.DomEvent.on(b, 'click', e => { L.DomEvent.stop(e); onClick(); });
  return b;
}

export class DrawTools {
  constructor(map, onShape) {
    this.map = map;
    this.onShape = onShape;
    this.mode = null;
    this.points = [];
    this.shape = null;
    this.dragStart = null;
    this.suppressClick = false;
    map.boxZoom.disable();
    this.addControl();
    const container = map.getContainer();
    // Capture phase: seen before Leaflet's own drag handler, so a selection drag does not pan the map.
    container.addEventListener('mousedown', e => this.onMouseDown(e), true);
    map.on('click', e => this.onMapClick(e));
    map.on('dblclick', () => this.finishPolygon());
    L.DomEvent.on(container, 'keydown', e => this.onKey(e));
  }

  get busy() {
    return this.mode === 'veelhoek' || this.suppressClick;
  }

  addControl() {
    const control = L.control({ position: 'topleft' });
    control.onAdd = () => {
      const div = L.DomUtil.create('div', 'leaflet-control buurt-map__tekenen');
      div.setAttribute('role', 'group');
      div.setAttribute('aria-label', 'Buurten selecteren door te tekenen');
      div.style.display = 'grid';
      div.style.gap = '0.25rem';
      this.rectangleButton = button(div, 'Rechthoek', 'Sleep een rechthoek om buurten te selecteren (of Shift-slepen)', () => this.toggle('rechthoek'));
      this.polygonButton = button(div, 'Veelhoek', 'Klik de hoeken van een veelhoek; dubbelklik of Enter rondt af, Escape stopt', () => this.toggle('veelhoek'));
      this.status = L.DomUtil.create('span', 'buurt-map__teken-status', div);
      this.status.setAttribute('role', 'status');
      this.status.style.background = '#fff';
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    control.addTo(this.map);
  }

  toggle(mode) {
    this.cancel();
    this.setMode(this.mode === mode ? null : mode);
  }

  setMode(mode) {
    this.mode = mode;
    this.rectangleButton.setAttribute('aria-pressed', String(mode === 'rechthoek'));
    this.polygonButton.setAttribute('aria-pressed', String(mode === 'veelhoek'));
    this.status.textContent = mode === 'rechthoek' ? 'Sleep een rechthoek over de kaart.'
      : mode === 'veelhoek' ? 'Klik de hoeken; dubbelklik of Enter om af te ronden.' : '';
    if (mode === 'veelhoek') { this.map.doubleClickZoom.disable(); } else { this.map.doubleClickZoom.enable(); }
  }

  onMouseDown(e) {
    const wantsRectangle = e.button === 0 && (e.shiftKey || this.mode === 'rechthoek');
    if (!wantsRectangle || e.target.closest('.leaflet-control')) {
      return;
    }
    e.stopPropagation();
    e.preventDefault();
    this.dragStart = this.map.mouseEventToLatLng(e);
    this.dragStartPx = L.point(e.clientX, e.clientY);
    const move = ev => this.onDrag(ev);
    const up = ev => {
      document.removeEventListener('mousemove', move, true);
      document.removeEventListener('mouseup', up, true);
      this.endDrag(ev);
    };
    document.addEventListener('mousemove', move, true);
    document.addEventListener('mouseup', up, true);
  }

  onDrag(e) {
    const bounds = L.latLngBounds(this.dragStart, this.map.mouseEventToLatLng(e));
    if (this.shape) { this.shape.setBounds(bounds); } else { this.shape = L.rectangle(bounds, shapeStyle).addTo(this.map); }
  }

  endDrag(e) {
    const moved = this.dragStartPx.distanceTo(L.point(e.clientX, e.clientY)) >= MIN_DRAG_PX;
    const bounds = L.latLngBounds(this.dragStart, this.map.mouseEventToLatLng(e));
    this.dragStart = null;
    this.clearShape();
    if (!moved) {
      return;
    }
    // The browser still sends a click after this mouseup; it ends the drag, it does not pick a buurt.
    this.suppressClick = true;
    setTimeout(() => { this.suppressClick = false; }, 0);
    const [w, s, e2, n] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    this.onShape([[w, s], [e2, s], [e2, n], [w, n], [w, s]]);
    if (this.mode === 'rechthoek') { this.setMode(null); }
  }

  onMapClick(e) {
    if (this.mode !== 'veelhoek') {
      return;
    }
    this.points.push(e.latlng);
    if (this.shape) { this.shape.setLatLngs(this.points); } else { this.shape = L.polygon(this.points, shapeStyle).addTo(this.map); }
  }

  finishPolygon() {
    if (this.mode !== 'veelhoek') {
      return;
    }
    // A double-click also sends two clicks: they added the same corner twice.
    const corners = this.points.filter((p, i) => i === 0 || !p.equals(this.points[i - 1]));
    this.cancel();
    this.setMode(null);
    if (corners.length >= 3) {
      this.onShape([...corners, corners[0]].map(p => [p.lng, p.lat]));
    }
  }

  onKey(e) {
    if (e.key === 'Escape' && (this.mode || this.points.length)) {
      this.cancel();
      this.setMode(null);
    } else if (e.key === 'Enter' && this.mode === 'veelhoek') {
      this.finishPolygon();
    }
  }

  cancel() {
    this.points = [];
    this.clearShape();
  }

  clearShape() {
    this.shape?.remove();
    this.shape = null;
  }
}
