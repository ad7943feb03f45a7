# raytrace: a small recursive ray tracer (spheres and a checkered plane, point
# lights, Lambert + Phong shading, shadows, mirror reflections), rendering a
# square image whose quantised pixels are summed into a checksum
from math import sqrt

EPSILON = 1e-5


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return sqrt(self.dot(self))

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect(self, normal):
        return self.sub(normal.scale(2 * self.dot(normal)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, centre, radius, colour, shine, mirror):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine
        self.mirror = mirror

    def intersect(self, ray):
        oc = ray.origin.sub(self.centre)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return point.sub(self.centre).normalized()

    def colour_at(self, point):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine, mirror):
        self.point = point
        self.normal = normal.normalized()
        self.shine = shine
        self.mirror = mirror

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        if (int(point.x // 1) + int(point.z // 1)) % 2:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.1, 0.1, 0.1)


class Scene:
    def __init__(self, eye, objects, lights):
        self.eye = eye
        self.objects = objects
        self.lights = lights

    def nearest(self, ray):
        best_t, best = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best_t, best

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return Vector(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = obj.normal_at(point)
        base = obj.colour_at(point)
        colour = base.scale(0.1)
        for light in self.lights:
            to_light = light.sub(point)
            distance = to_light.magnitude()
            to_light = to_light.scale(1.0 / distance)
            if self.shadowed(point, to_light, distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0:
                colour = colour.add(base.scale(lambert * 0.7))
            half = to_light.sub(ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0:
                colour = colour.add(Vector(1.0, 1.0, 1.0).scale(spec ** obj.shine * 0.5))
        if depth > 0 and obj.mirror > 0:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour.add(self.trace(bounce, depth - 1).scale(obj.mirror))
        return colour


def render(scene, size):
    checksum = 0
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            x = (i - size / 2) / size
            y = (size / 2 - j) / size
            ray = Ray(scene.eye, Vector(x, y, 1.0))
            c = scene.trace(ray, 3)
            pixel = (min(255, int(c.x * 255)), min(255, int(c.y * 255)), min(255, int(c.z * 255)))
            checksum = (checksum * 31 + pixel[0] * 65536 + pixel[1] * 256 + pixel[2]) % 1000000007
            row.append(pixel)
        rows.append(row)
    return checksum, rows


scene = Scene(
    Vector(0.0, 1.0, -4.0),
    [Sphere(Vector(0.0, 1.0, 2.0), 1.0, Vector(0.9, 0.2, 0.2), 40, 0.3),
     Sphere(Vector(-1.8, 0.6, 3.0), 0.6, Vector(0.2, 0.9, 0.2), 20, 0.0),
     Sphere(Vector(1.6, 0.5, 1.0), 0.5, Vector(0.2, 0.3, 0.9), 60, 0.5),
     Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 10, 0.2)],
    [Vector(-3.0, 5.0, -2.0), Vector(4.0, 3.0, -1.0)])
checksum, rows = render(scene, 200)
print('checksum', checksum)
print('centre', rows[100][100], 'corner', rows[0][0], rows[199][199])
