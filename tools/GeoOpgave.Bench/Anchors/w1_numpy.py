"""W1 numpy + shapely anchor (BENCHMARKS.md): count and sum of `value` per buurt, points grouped per grid cell,
shapely.vectorized.contains per buurt on one core. Reads the same files as `geoopgave aggregate`:
the buurten GeoPackage (field buurtcode) and the x,y,value point CSV; writes code,count,sum.
Usage: w1_numpy.py BUURTEN.gpkg POINTS.csv OUT.csv"""
import sqlite3
import struct
import sys

import numpy as np
from shapely import wkb
from shapely.vectorized import contains

CELL = 2_000.0  # metres


def gpkg_polygons(path):
    connection = sqlite3.connect(path)
    table, column = connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
    for code, blob in connection.execute(f'SELECT buurtcode, "{column}" FROM "{table}"'):
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        yield code, wkb.loads(bytes(blob[8 + envelope:]))


def read_points(path):
    with open(path, "rb") as f:
        f.readline()
        data = f.read()
    numbers = np.fromstring(data.replace(b"\n", b","), sep=",")
    return numbers[0::3], numbers[1::3], numbers[2::3]


def main(buurten, points, out):
    x, y, value = read_points(points)
    x0, y0 = x.min(), y.min()
    columns = int((x.max() - x0) // CELL) + 1
    cell = ((y - y0) // CELL).astype(np.int64) * columns + ((x - x0) // CELL).astype(np.int64)
    order = np.argsort(cell, kind="stable")
    x, y, value, cell = x[order], y[order], value[order], cell[order]
    rows = []
    for code, polygon in gpkg_polygons(buurten):
        minx, miny, maxx, maxy = polygon.bounds
        c0, c1 = int((minx - x0) // CELL), int((maxx - x0) // CELL)
        count, total = 0, 0.0
        for r in range(int((miny - y0) // CELL), int((maxy - y0) // CELL) + 1):
            lo = np.searchsorted(cell, r * columns + max(c0, 0), "left")
            hi = np.searchsorted(cell, r * columns + min(c1, columns - 1), "right")
            if hi > lo:
                inside = contains(polygon, x[lo:hi], y[lo:hi])
                count += int(inside.sum())
                total += float(value[lo:hi][inside].sum())
        rows.append(f"{code},{count},{total:.1f}\n")
    with open(out, "w") as f:
        f.write("code,count,sum\n")
        f.writelines(rows)


if __name__ == "__main__":
    main(*sys.argv[1:4])
