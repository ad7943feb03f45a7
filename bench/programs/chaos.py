# chaos: the chaos game on an iterated function system whose maps are built
# from cubic Bezier splines: a point (u, v) in the unit square goes to the
# spline's point at parameter u, pushed along the spline's normal by v; the
# visited points are counted on a grid, which is summarised as a checksum
import random
from math import sqrt


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def sub(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y)

    def lerp(self, other, t):
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Spline:
    """A cubic Bezier curve; point() and tangent() by de Casteljau's construction."""

    def __init__(self, points, thickness):
        self.points = points
        self.thickness = thickness
        self.length = sum(points[i + 1].sub(points[i]).length() for i in range(len(points) - 1))

    def point(self, t):
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]

    def tangent(self, t):
        pts = self.points
        while len(pts) > 2:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        d = pts[1].sub(pts[0])
        n = d.length()
        if n == 0.0:
            return Vec(1.0, 0.0)
        return d.scale(1.0 / n)


class ChaosGame:
    def __init__(self, splines):
        self.splines = splines
        total = sum(s.length for s in splines)
        acc = 0.0
        self.cumulative = []
        for s in splines:
            acc += s.length / total
            self.cumulative.append(acc)
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.min_x, self.min_y = min(xs) - 0.2, min(ys) - 0.2
        self.width = max(xs) + 0.2 - self.min_x
        self.height = max(ys) + 0.2 - self.min_y

    def pick(self):
        r = random.random()
        for i, edge in enumerate(self.cumulative):
            if r <= edge:
                return self.splines[i]
        return self.splines[-1]

    def transform(self, u, v):
        spline = self.pick()
        base = spline.point(u)
        tangent = spline.tangent(u)
        normal = Vec(-tangent.y, tangent.x)
        p = base.add(normal.scale((v - 0.5) * spline.thickness))
        x = (p.x - self.min_x) / self.width
        y = (p.y - self.min_y) / self.height
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def run(self, iterations, size):
        grid = [[0] * size for _ in range(size)]
        u, v = 0.5, 0.5
        for _ in range(iterations):
            u, v = self.transform(u, v)
            grid[min(int(v * size), size - 1)][min(int(u * size), size - 1)] += 1
        return grid


splines = [
    Spline([Vec(1.6, 0.1), Vec(1.1, 0.8), Vec(0.5, 1.3), Vec(0.2, 2.0)], 0.3),
    Spline([Vec(2.1, 0.3), Vec(2.0, 1.2), Vec(1.6, 1.7), Vec(1.5, 2.2)], 0.25),
    Spline([Vec(0.2, 1.0), Vec(0.9, 1.4), Vec(1.4, 1.1), Vec(2.3, 1.5)], 0.2),
]
random.seed(1234)
game = ChaosGame(splines)
grid = game.run(110000, 64)
filled = sum(1 for row in grid for c in row if c)
checksum = sum((i * 64 + j) * c for i, row in enumerate(grid) for j, c in enumerate(row)) % 1000000007
print('filled', filled, 'checksum', checksum, 'max', max(max(row) for row in grid))
