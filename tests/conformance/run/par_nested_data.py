# Nested structures (dicts of lists of dicts, sets inside dicts) updated
# from threads under a lock and, where each thread owns its branch, without.
import json
import threading

N = 4
lock = threading.Lock()
db = {'users': {}, 'events': [], 'tags': {}}


def worker(k):
    users = db['users']
    for i in range(200):
        uid = f'u{k}_{i % 20}'
        with lock:
            user = users.setdefault(uid, {'visits': 0, 'pages': []})
            user['visits'] += 1
            user['pages'].append(i % 7)
            db['events'].append({'k': k, 'i': i})
            db['tags'].setdefault(i % 5, set()).add(k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
u = db['users']
print(len(u), sum(v['visits'] for v in u.values()), sorted(u['u2_3']['pages'])[:5])
print(len(db['events']), sorted((k, sorted(v)) for k, v in db['tags'].items()))

# Each thread owns one branch: no lock needed.
tree = {k: {'leaves': [], 'meta': {}} for k in range(N)}


def grower(k):
    br = tree[k]
    for i in range(500):
        br['leaves'].append([i, {'sq': i * i}])
        br['meta'][i % 10] = br['meta'].get(i % 10, 0) + 1
    br['leaves'] = br['leaves'][::50]


ts = [threading.Thread(target=grower, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(json.dumps(tree[2], sort_keys=True)[:120])
print([sum(x[1]['sq'] for x in tree[k]['leaves']) for k in range(N)])

# Deep copy per thread from a shared template.
import copy
template = {'a': [1, 2, {'b': [3, 4]}], 'c': {'d': (5, [6])}}
copies = [None] * N


def copier(k):
    c = copy.deepcopy(template)
    c['a'][2]['b'].append(k)
    c['c']['d'][1].append(k)
    copies[k] = c


ts = [threading.Thread(target=copier, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(template)
print([c['a'][2]['b'] for c in copies])
try:
    db['users']['nobody']['visits']
except KeyError as e:
    print(type(e).__name__, e)
